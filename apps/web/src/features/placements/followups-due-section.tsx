import { type CreateFollowUpResponse, type FollowUpDue, STAFF_LABELS } from "@xiezuo/contracts";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { FollowUpForm } from "./follow-up-form.tsx";
import { formatDateOnly } from "./placement-dates.ts";
import { describeDue } from "./placement-model.ts";
import { listFollowUpsDue } from "./placements-api.ts";
import { SendReminderButton } from "./send-reminder-button.tsx";

const WINDOWS = [
  { days: 7, label: "本周" },
  { days: 14, label: "两周内" },
  { days: 30, label: "一个月内" },
] as const;

/** 本周待回访: who to call, most overdue first, with the form right there. */
export function FollowUpsDueSection() {
  const [withinDays, setWithinDays] = useState<number>(7);
  const due = useApiData((signal) => listFollowUpsDue(withinDays, signal), [withinDays]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  function handleSaved(item: FollowUpDue, result: CreateFollowUpResponse) {
    setOpenId(null);
    setSaved(`已记录 ${item.seeker.name} 的回访，当前状态：${STAFF_LABELS.placementStatus[result.placement.status]}。`);
    // This list and the records below refresh by themselves after the write (lib/query-client.ts).
  }

  return (
    <section className="followups" aria-labelledby="followups-title" aria-busy={due.status === "loading"}>
      <div className="section-heading">
        <h2 id="followups-title">待回访</h2>
        <fieldset className="pill-filter">
          <legend className="visually-hidden">时间范围</legend>
          {WINDOWS.map((w) => (
            <button
              key={w.days}
              type="button"
              className="pill-filter__button"
              aria-pressed={withinDays === w.days}
              onClick={() => setWithinDays(w.days)}
            >
              {w.label}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="muted">在岗人员每月回访一次；连续 3 个月（间隔不超过 45 天）都在岗即为稳定就业。</p>
      <p className="form-success" role="status">
        {saved}
      </p>
      {due.status === "loading" && !due.data && <p role="status">正在加载待回访名单…</p>}
      {due.status === "error" && <ErrorPanel error={due.error} title="待回访名单加载失败" onRetry={due.reload} />}
      {due.data && due.data.followUps.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">这段时间没有需要回访的人员</p>
          <p className="muted">新登记上岗的人员满 30 天后会出现在这里。</p>
        </div>
      )}
      {due.data && due.data.followUps.length > 0 && (
        <>
          <p className="result-bar__count">
            共 <strong>{formatNumber(due.data.total)}</strong> 人待回访
          </p>
          <ul className="followup-list">
            {due.data.followUps.map((item) => {
              const dueText = describeDue(item, due.data!.today);
              return (
                <li key={item.placementId} className={`card followup-item${dueText.isOverdue ? " followup-item--overdue" : ""}`}>
                  <div className="followup-item__main">
                    <p className="followup-item__who">
                      <Link to={`/placements/${item.placementId}`}>{item.seeker.name}</Link>
                      <span className="muted">
                        {" "}
                        {item.seeker.povertyStatus ? STAFF_LABELS.povertyStatus[item.seeker.povertyStatus] : "未关联农户"}
                      </span>
                    </p>
                    <p>
                      电话 <span className="mono">{item.seeker.phoneMasked}</span>
                    </p>
                    <p className="muted">
                      {item.employerName}
                      {item.positionTitle ? ` · ${item.positionTitle}` : ""} · {item.workCity} · {formatDateOnly(item.startedOn)}上岗 ·
                      已回访 {item.followUpCount} 次
                    </p>
                  </div>
                  <p className={`followup-item__due${dueText.isOverdue ? " is-overdue" : ""}`}>
                    {dueText.text}
                    <span className="muted">（应于 {formatDateOnly(item.dueOn)}）</span>
                  </p>
                  {openId === item.placementId ? (
                    <FollowUpForm
                      placementId={item.placementId}
                      startedOn={item.startedOn}
                      onSaved={(result) => handleSaved(item, result)}
                      onCancel={() => setOpenId(null)}
                    />
                  ) : (
                    <div className="button-row">
                      <button type="button" className="button" onClick={() => setOpenId(item.placementId)}>
                        登记回访
                      </button>
                      <SendReminderButton placementId={item.placementId} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
