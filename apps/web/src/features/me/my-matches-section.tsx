import type { MyFair, MyIntent, MyMatch } from "@xiezuo/contracts";
import { Link } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { ReadAloudButton } from "../../components/read-aloud-button.tsx";
import { formatNumber } from "../../lib/format.ts";
import { formatWageRange, getBoardLabel } from "../../lib/position-format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { InterestButton } from "./interest-button.tsx";
import { getMyMatches } from "./me-api.ts";
import { buildMatchSpeech, findIntentForPosition } from "./me-model.ts";

interface MyMatchesSectionProps {
  fairs: readonly MyFair[] | null;
  intents: readonly MyIntent[] | null;
  onInterested: (intent: MyIntent) => void;
}

/** 推荐给我的工作: open positions ranked for this person, with why, 朗读 and 我感兴趣. */
export function MyMatchesSection({ fairs, intents, onInterested }: MyMatchesSectionProps) {
  const matches = useApiData((signal) => getMyMatches(signal), []);

  return (
    <section className="my-section" aria-labelledby="my-matches-title" aria-busy={matches.status === "loading"}>
      <div className="section-heading">
        <h2 id="my-matches-title">推荐给我的工作</h2>
        <Link to="/jobs">找更多工作</Link>
      </div>
      {matches.status === "loading" && !matches.data && <p role="status">正在为您挑选合适的工作…</p>}
      {matches.status === "error" && <ErrorPanel error={matches.error} title="推荐的工作加载失败" onRetry={matches.reload} />}
      {matches.data && matches.data.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">暂时没有合适的推荐</p>
          <p className="muted">企业发布新岗位后会出现在这里。也可以去“找工作”自己看看。</p>
          <Link className="button" to="/jobs">
            去找工作
          </Link>
        </div>
      )}
      {matches.data && matches.data.length > 0 && (
        <ul className="my-list" aria-label="推荐的工作">
          {matches.data.map((match) => (
            <MatchCard
              key={match.positionId}
              match={match}
              fairs={fairs}
              intent={intents ? findIntentForPosition(intents, match.positionId) : undefined}
              onInterested={onInterested}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function MatchCard({
  match,
  fairs,
  intent,
  onInterested,
}: {
  match: MyMatch;
  fairs: readonly MyFair[] | null;
  intent: MyIntent | undefined;
  onInterested: (intent: MyIntent) => void;
}) {
  const { position } = match;
  const board = getBoardLabel(position);

  return (
    <li className="card my-match" data-testid="my-match" data-position-id={match.positionId}>
      <div className="job-card__top">
        <h3 className="job-card__title">
          <Link to={`/jobs/${position.id}`}>{position.title}</Link>
        </h3>
        <p className="job-card__wage">{formatWageRange(position.wageMin, position.wageMax)}</p>
      </div>
      <p className="job-card__employer">{position.employerName}</p>
      <ul className="tag-list" aria-label="岗位要点">
        <li className="tag tag--place">
          <span className="visually-hidden">工作地点：</span>
          {position.city}
        </li>
        <li className="tag">招 {formatNumber(position.openings)} 人</li>
        {board && <li className="tag tag--benefit">{board}</li>}
      </ul>
      {match.reasons.length > 0 && (
        <div className="my-match__reasons">
          <p className="my-match__reasons-title">为什么推荐给您</p>
          <ul>
            {match.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="my-match__actions">
        <ReadAloudButton text={buildMatchSpeech(match)} />
        <InterestButton
          positionId={match.positionId}
          positionFairIds={position.fairIds}
          fairs={fairs}
          intent={intent}
          onInterested={onInterested}
        />
      </div>
    </li>
  );
}
