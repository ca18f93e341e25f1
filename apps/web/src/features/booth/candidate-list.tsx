import type { Intent, Position } from "@xiezuo/contracts";
import { useState } from "react";
import { formatNumber } from "../../lib/format.ts";
import { CANDIDATE_FILTERS, type CandidateFilter, countCandidates, filterCandidates } from "./booth-model.ts";
import { CandidateCard } from "./candidate-card.tsx";

export function CandidateList({
  intents,
  positions,
  onChanged,
}: {
  intents: readonly Intent[];
  positions: readonly Position[];
  onChanged: () => void;
}) {
  const [filter, setFilter] = useState<CandidateFilter>("ALL");
  const counts = countCandidates(intents);
  const shown = filterCandidates(intents, filter);
  const positionById = new Map(positions.map((p) => [p.id, p]));

  if (intents.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">还没有求职者对这里的岗位登记意向</p>
        <p className="muted">扫描求职者胸牌登记意向后，会显示在这里。</p>
      </div>
    );
  }

  return (
    <>
      <fieldset className="booth-filter">
        <legend className="visually-hidden">按状态筛选</legend>
        {CANDIDATE_FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            className="booth-filter__button"
            aria-pressed={filter === f.value}
            onClick={() => setFilter(f.value)}
          >
            {f.label} {formatNumber(counts[f.value])}
          </button>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="muted">没有这个状态的求职者。</p>
      ) : (
        <ul className="candidate-list">
          {shown.map((intent) => (
            <CandidateCard key={intent.id} intent={intent} position={positionById.get(intent.positionId)} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </>
  );
}
