import { useEffect, useState } from "react";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { describeTooOften } from "../registration/index.ts";
import { getResendWait } from "./sign-in-model.ts";

interface ResendCodeProps {
  /** When the code on screen was asked for (ISO). */
  sentAt: string;
  /** Asks for a new code; the page then shows it (and this button starts over). */
  onResend: () => Promise<void>;
}

/** 重新发送验证码, offered after a visible count-down so a slow SMS is not chased by a second one. */
export function ResendCode({ sentAt, onResend }: ResendCodeProps) {
  const [now, setNow] = useState(() => Date.now());
  const [isSending, setIsSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const wait = getResendWait(sentAt, now);

  useEffect(() => {
    if (wait === 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [wait]);

  async function handleResend() {
    setIsSending(true);
    setNotice(null);
    setError(null);
    try {
      await onResend();
    } catch (caught) {
      // Too often is not the person's mistake: a calm notice, not a red error.
      if (isApiRequestError(caught) && caught.code === "RATE_LIMITED") setNotice(describeTooOften(caught.serverMessage));
      else setError(describeError(caught));
    } finally {
      setIsSending(false);
      setNow(Date.now());
    }
  }

  return (
    <div className="resend-code">
      <button
        type="button"
        className="button button--block button--secondary"
        onClick={handleResend}
        disabled={wait > 0 || isSending}
        aria-busy={isSending}
        data-testid="resend-code"
      >
        {isSending ? "正在发送…" : wait > 0 ? `重新发送验证码（${wait} 秒）` : "重新发送验证码"}
      </button>
      {wait > 0 && <p className="field__hint resend-code__wait">没收到短信？{wait} 秒后可以重新发送。</p>}
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
