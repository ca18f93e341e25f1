import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatDay } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { FairStatusBadge } from "../fairs/index.ts";
import { listLinkableFairs } from "./positions-api.ts";

interface FairCheckboxesProps {
  id: string;
  employerId: string;
  /** Fairs the position is linked to when the form opened. */
  initialFairIds: readonly string[];
  value: readonly string[];
  onChange: (fairIds: string[]) => void;
  error?: string;
}

/** Fairs the employer joined, as checkboxes: the employer recruits for the position there. */
export function FairCheckboxes({ id, employerId, initialFairIds, value, onChange, error }: FairCheckboxesProps) {
  const fairs = useApiData(
    (signal) => (employerId ? listLinkableFairs(employerId, initialFairIds, signal) : Promise.resolve([])),
    [employerId, initialFairIds.join(",")],
  );

  function toggle(fairId: string, isChecked: boolean) {
    onChange(isChecked ? [...value, fairId] : value.filter((existing) => existing !== fairId));
  }

  return (
    <fieldset className="field fair-checkboxes" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend>
        参加的招聘会<span className="field__optional">（选填）</span>
      </legend>
      {!employerId && <p className="field__hint">请先选择招聘单位。</p>}
      {employerId && fairs.status === "loading" && <p role="status">正在加载招聘会…</p>}
      {fairs.status === "error" && <ErrorPanel error={fairs.error} title="招聘会加载失败" onRetry={fairs.reload} />}
      {fairs.data && fairs.data.length > 0 && (
        <ul className="check-list">
          {fairs.data.map((fair) => (
            <li key={fair.id}>
              <label className="check">
                <input
                  type="checkbox"
                  name="fairIds"
                  value={fair.id}
                  checked={value.includes(fair.id)}
                  onChange={(event) => toggle(fair.id, event.target.checked)}
                />
                <span>
                  <span className="check__title">{fair.title}</span>
                  <span className="check__meta">
                    <FairStatusBadge status={fair.status} /> {formatDay(fair.startsAt)} · {fair.venue}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-hint`} className="field__hint">
        {employerId && fairs.data?.length === 0
          ? "本单位还没有参加筹备中或进行中的招聘会。参会由人社局邀请，邀请后即可在这里勾选。"
          : "勾选后，求职者在招聘会的岗位列表里就能看到这个岗位。"}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
