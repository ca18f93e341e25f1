import { useEffect, useState } from "react";
import { formatTime } from "../../lib/format.ts";
import type { CheckInResult, DeskPerson } from "./checkin-result.ts";

const STALE_AFTER_MS = 15_000;

const ICONS: Record<CheckInResult["kind"], string> = {
  success: "M5 12.5l4.5 4.5L19 7.5",
  duplicate: "M12 7v6M12 16.5v.5",
  queued: "M12 7v5l3 2",
  error: "M7 7l10 10M17 7L7 17",
};

function PersonLine({ person }: { person: DeskPerson | null }) {
  if (!person) return null;
  return (
    <p className="result-panel__person">
      <span className="result-panel__name" data-testid="result-name">
        {person.maskedName}
      </span>
      <span className="result-panel__id">{person.idNumberMasked}</span>
    </p>
  );
}

function describe(result: CheckInResult): { title: string; detail: string } {
  switch (result.kind) {
    case "success":
      return { title: "签到成功", detail: `签到时间 ${formatTime(result.at)}` };
    case "duplicate":
      return { title: "已签到过", detail: `这位求职者 ${formatTime(result.at)} 已经签到，不会重复计数` };
    case "queued":
      return {
        title: result.isNew ? "已离线暂存" : "已在暂存队列中",
        detail: `胸牌 ${result.tokenSuffix}，联网后自动上传签到`,
      };
    case "error":
      return { title: result.title, detail: result.reason };
  }
}

/**
 * The big, unmistakable answer after each scan: colour, icon and words all say the same
 * thing, so it reads at a glance and without colour vision. Announced to screen readers.
 */
export function CheckInResultPanel({ result }: { result: CheckInResult | null }) {
  const [isStale, setIsStale] = useState(false);

  // After a while the answer fades, so nobody takes the last person's result for the next one's.
  useEffect(() => {
    setIsStale(false);
    if (!result) return;
    const timer = window.setTimeout(() => setIsStale(true), STALE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [result]);

  if (!result) {
    return (
      <div className="result-panel result-panel--idle" role="status" aria-live="polite">
        <p className="result-panel__title">请扫码或输入身份证号</p>
      </div>
    );
  }
  const { title, detail } = describe(result);
  return (
    <div
      key={`${result.kind}-${result.at}`}
      className={`result-panel result-panel--${result.kind}${isStale ? " result-panel--stale" : ""}`}
      role={result.kind === "error" ? "alert" : "status"}
      aria-live="assertive"
      data-testid="checkin-result"
      data-kind={result.kind}
    >
      <svg className="result-panel__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10.5" />
        <path d={ICONS[result.kind]} />
      </svg>
      <div className="result-panel__body">
        <p className="result-panel__title">
          {isStale && <span className="result-panel__previous">上一位：</span>}
          {title}
        </p>
        {(result.kind === "success" || result.kind === "duplicate") && <PersonLine person={result.person} />}
        <p className="result-panel__detail">{detail}</p>
      </div>
    </div>
  );
}
