import { useEffect, useState } from "react";
import { formatTime } from "../../lib/format.ts";
import { type BoardingPerson, type BoardingResult, describeBoardingResult } from "./boarding-result.ts";

const STALE_AFTER_MS = 15_000;

const ICONS: Record<BoardingResult["kind"], string> = {
  boarded: "M5 12.5l4.5 4.5L19 7.5",
  duplicate: "M12 7v6M12 16.5v.5",
  queued: "M12 7v5l3 2",
  "not-on-manifest": "M7 7l10 10M17 7L7 17",
  departed: "M7 7l10 10M17 7L7 17",
  error: "M12 7v6M12 16.5v.5",
};

/**
 * The answer at the bus door, big enough to read from a step away: colour, icon and words say
 * the same thing. 不在名单上 fills the screen's width in red and is announced as an alert.
 */
export function BoardingResultPanel({
  result,
  findPerson,
}: {
  result: BoardingResult | null;
  findPerson: (seekerId: string) => BoardingPerson | null;
}) {
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
      <div className="boarding-result boarding-result--idle" role="status" aria-live="polite">
        <p className="boarding-result__title">请扫胸牌或输入身份证号</p>
      </div>
    );
  }
  const { title, detail } = describeBoardingResult(result);
  const person = result.kind === "boarded" || result.kind === "duplicate" ? findPerson(result.seekerId) : null;
  const isRefusal = result.kind === "not-on-manifest" || result.kind === "departed" || result.kind === "error";
  return (
    <div
      key={`${result.kind}-${result.at}`}
      className={`boarding-result boarding-result--${result.kind}${isStale ? " boarding-result--stale" : ""}`}
      role={isRefusal ? "alert" : "status"}
      aria-live="assertive"
      data-testid="boarding-result"
      data-kind={result.kind}
    >
      <svg className="boarding-result__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10.5" />
        <path d={ICONS[result.kind]} />
      </svg>
      <div className="boarding-result__body">
        <p className="boarding-result__title">
          {isStale && <span className="boarding-result__previous">上一位：</span>}
          {title}
        </p>
        {person && (
          <p className="boarding-result__person">
            <span className="boarding-result__name" data-testid="boarding-name">
              {person.maskedName}
            </span>
            <span className="boarding-result__id">{person.idNumberMasked}</span>
            <span className="boarding-result__home">{person.home}</span>
          </p>
        )}
        <p className="boarding-result__detail">
          {detail}
          {result.kind === "boarded" ? `（${formatTime(result.at)}）` : ""}
        </p>
      </div>
    </div>
  );
}
