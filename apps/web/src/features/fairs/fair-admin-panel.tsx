import type { Fair } from "@xiezuo/contracts";
import { useState } from "react";
import { Link } from "react-router";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { formatDay, formatTime } from "../../lib/format.ts";
import { updateFair } from "./fair-admin-api.ts";
import { earlyOpeningDays, getNextStatusAction } from "./fair-form-model.ts";

interface FairAdminPanelProps {
  fair: Fair;
  onChanged: (fair: Fair, message: string) => void;
}

/** The organiser's controls: edit the details, move the fair to its next status. */
export function FairAdminPanel({ fair, onChanged }: FairAdminPanelProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [earlyConfirmed, setEarlyConfirmed] = useState(false);
  const action = getNextStatusAction(fair.status);
  const earlyDays = action?.to === "OPEN" ? earlyOpeningDays(fair, new Date()) : null;

  return (
    <section className="card fair-admin" aria-labelledby="fair-admin-title">
      <h2 id="fair-admin-title">组织招聘会</h2>
      <p className="muted">
        {fair.status === "DRAFT" && "筹备中：可以修改信息、邀请企业、安排展位。准备好后点“开始招聘会”。"}
        {fair.status === "OPEN" && "进行中：工作人员可以签到和登记就业意向。散场后点“结束招聘会”。"}
        {fair.status === "CLOSED" && "已结束：数据已保留，可以继续查看。"}
      </p>
      <div className="button-row">
        <Link className="button button--secondary" to={`/fairs/${fair.id}/edit`}>
          修改信息
        </Link>
        {action && (
          <button
            type="button"
            className={`button${action.to === "CLOSED" ? " button--danger" : ""}`}
            onClick={() => setIsConfirming(true)}
          >
            {action.label}
          </button>
        )}
      </div>
      {action && isConfirming && (
        <ConfirmDialog
          title={action.question}
          confirmLabel={action.label}
          isDanger={action.to === "CLOSED"}
          canConfirm={earlyDays === null || earlyConfirmed}
          onConfirm={async () => {
            const updated = await updateFair(fair.id, { status: action.to });
            onChanged(updated, action.to === "OPEN" ? "招聘会已开始。" : "招聘会已结束。");
          }}
          onClose={() => {
            setIsConfirming(false);
            setEarlyConfirmed(false);
          }}
        >
          <p>
            <strong>{fair.title}</strong>
          </p>
          <p>{action.explanation}</p>
          {earlyDays !== null && (
            <div className="notice">
              <p>
                这场招聘会还有 <strong>{earlyDays} 天</strong>才开始（{formatDay(fair.startsAt)} {formatTime(fair.startsAt)}
                ）。提前开始后，现在就能签到和登记意向，统计会算在这场招聘会上。
              </p>
              <label className="consent__check">
                <input type="checkbox" checked={earlyConfirmed} onChange={(event) => setEarlyConfirmed(event.target.checked)} />
                我确认现在就提前开始
              </label>
            </div>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
