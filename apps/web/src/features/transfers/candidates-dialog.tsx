import { STAFF_LABELS } from "@xiezuo/contracts";
import { useEffect, useId, useRef, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { describeError } from "../../lib/api-client.ts";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { describeAdded, describeHome, getSelectAllState, toggleAll, toggleSelected } from "./transfer-model.ts";
import { addMembers, listCandidates } from "./transfers-api.ts";

/**
 * 从已录用名单添加: people of the bureau's area who were hired (or are at work) and are not on
 * this transfer yet; tick them, or all, and add them in one request.
 */
export function CandidatesDialog({
  transferId,
  onClose,
  onAdded,
}: {
  transferId: string;
  onClose: () => void;
  onAdded: (message: string) => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const selectAllRef = useRef<HTMLInputElement>(null);
  const candidates = useApiData((signal) => listCandidates(transferId, signal), [transferId]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = candidates.data?.candidates ?? [];
  const ids = people.map((person) => person.id);
  const allState = getSelectAllState(selected, ids);
  const picked = ids.filter((seekerId) => selected.has(seekerId));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = allState === "some";
  }, [allState]);

  async function add() {
    setIsBusy(true);
    setError(null);
    try {
      const result = await addMembers(transferId, picked);
      onAdded(describeAdded(result));
      onClose();
    } catch (caught) {
      setError(describeError(caught));
      setIsBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog candidates-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        从已录用名单添加
      </h2>
      <div className="dialog__body">
        <p className="muted">本机构范围内已录用或已上岗、还不在这次名单上的人。</p>
        {candidates.status === "loading" && !candidates.data && <p role="status">正在加载名单…</p>}
        {candidates.status === "error" && <ErrorPanel error={candidates.error} title="名单加载失败" onRetry={candidates.reload} />}
        {candidates.data && people.length === 0 && <p className="empty-state">没有可以添加的人：已录用的人都在名单上了。</p>}
        {people.length > 0 && (
          <>
            <label className="check candidates-dialog__all">
              <input
                ref={selectAllRef}
                type="checkbox"
                checked={allState === "all"}
                onChange={() => setSelected((previous) => toggleAll(previous, ids))}
              />
              <span className="check__title">全选（共 {formatNumber(people.length)} 人）</span>
            </label>
            <ul className="check-list candidates-dialog__list" aria-label="可添加的人员">
              {people.map((person) => (
                <li key={person.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={selected.has(person.id)}
                      onChange={() => setSelected((previous) => toggleSelected(previous, person.id))}
                    />
                    <span>
                      <span className="check__title">{person.name}</span>
                      <span className="check__meta mono">{person.idNumberMasked}</span>
                      <span className="check__meta">
                        {describeHome(person)}
                        {person.povertyStatus ? ` · ${STAFF_LABELS.povertyStatus[person.povertyStatus]}` : ""}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="form-alert" role="alert">
        {error}
      </div>
      <div className="button-row dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose} disabled={isBusy}>
          取消
        </button>
        <button type="button" className="button" onClick={add} disabled={isBusy || picked.length === 0} aria-busy={isBusy}>
          {isBusy ? "正在添加…" : `添加 ${formatNumber(picked.length)} 人`}
        </button>
      </div>
    </dialog>
  );
}
