import { type MyFair, type MyIntent, SEEKER_LABELS } from "@xiezuo/contracts";
import { useState } from "react";
import { describeError } from "../../lib/api-client.ts";
import { postInterest } from "./me-api.ts";
import { describeInterestAnswer, pickInterestFairId } from "./me-model.ts";
import "./interest-button.css";

interface InterestButtonProps {
  positionId: string;
  /** The fairs the position recruits at: the intent names one of them when it is one of mine and open. */
  positionFairIds: readonly string[];
  /** The seeker's own fairs; null when they could not be read (then no fair is named). */
  fairs: readonly MyFair[] | null;
  /** The seeker's current intent for this position, if any. */
  intent: MyIntent | undefined;
  onInterested: (intent: MyIntent) => void;
}

/**
 * 我感兴趣 for one position, used on the seeker's page and on the job page: sends the
 * interest (naming an open fair of mine when the job is on it), then shows 已登记意向.
 */
export function InterestButton({ positionId, positionFairIds, fairs, intent, onInterested }: InterestButtonProps) {
  const [isSending, setIsSending] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const hasAsked = intent !== undefined && intent.status !== "WITHDRAWN";

  async function handleInterested() {
    setIsSending(true);
    setMessage(null);
    try {
      const fairId = pickInterestFairId(positionFairIds, fairs ?? []);
      const answer = await postInterest({ positionId, ...(fairId ? { fairId } : {}) });
      onInterested(answer.intent);
      setMessage({ tone: "success", text: describeInterestAnswer(answer) });
    } catch (error) {
      setMessage({ tone: "error", text: describeError(error) });
    } finally {
      setIsSending(false);
    }
  }

  return (
    <div className="interest">
      {hasAsked ? (
        <p className="interest__done" data-testid="interest-done">
          ✓ 已登记意向 · <strong>{SEEKER_LABELS.intentStatus[intent.status]}</strong>
        </p>
      ) : (
        <button type="button" className="button interest__button" onClick={handleInterested} disabled={isSending} aria-busy={isSending}>
          {isSending ? "正在发送…" : "我感兴趣"}
        </button>
      )}
      {message && (
        <p className={message.tone === "success" ? "form-success" : "form-alert"} role={message.tone === "success" ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
