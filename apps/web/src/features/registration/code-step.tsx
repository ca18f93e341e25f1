import { VERIFICATION_CODE_LENGTH } from "@xiezuo/contracts";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { toChineseMessage } from "../../lib/form-errors.ts";
import { formatTime } from "../../lib/format.ts";
import { verifyCode } from "./registration-api.ts";
import { cleanCode } from "./registration-form-model.ts";
import type { PendingVerification } from "./registration-page.tsx";
import "./registration.css";

interface CodeStepProps {
  pending: PendingVerification;
  onVerified: () => void;
  onStartOver: () => void;
  /** Wording of another flow using this step (the phone sign-in); the registration's by default. */
  title?: string;
  hint?: string;
  startOverLabel?: string;
  /** Sends the code; the registration's verification by default (the sign-in's has its own wording). */
  verify?: (verificationId: string, code: string) => Promise<unknown>;
  /** More ways out under the buttons, e.g. 重新发送验证码. */
  children?: ReactNode;
}

/** Step 2: the six digits from the text message. Phones offer the code above the keyboard. */
export function CodeStep({
  pending,
  onVerified,
  onStartOver,
  title = "第 2 步：输入短信验证码",
  hint = "短信可能要等一两分钟。没收到，可以点下面「重新填写」检查手机号。",
  startOverLabel = "手机号填错了 / 重新填写",
  verify = verifyCode,
  children,
}: CodeStepProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSpent, setIsSpent] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.length !== VERIFICATION_CODE_LENGTH) {
      setError(`请输入短信里的 ${VERIFICATION_CODE_LENGTH} 位数字`);
      inputRef.current?.focus();
      return;
    }
    setIsSubmitting(true);
    setError(null);
    try {
      await verify(pending.verificationId, code);
      onVerified();
    } catch (caught) {
      setIsSubmitting(false);
      setError(describeCodeError(caught));
      // Too many tries: this code can never work again, only a new registration helps.
      setIsSpent(isApiRequestError(caught) && caught.code === "RATE_LIMITED");
      setCode("");
      inputRef.current?.focus();
    }
  }

  const errorId = `${id}-error`;
  return (
    <form className="form card code-step" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="code-step__sent" role="status">
        验证码已发到 <strong className="mono">{pending.phoneMasked}</strong>
        ，请在 <strong>{formatTime(pending.expiresAt)}</strong> 前输入。
      </p>
      <div className="field">
        <label htmlFor={`${id}-code`}>验证码（{VERIFICATION_CODE_LENGTH} 位数字）</label>
        <input
          ref={inputRef}
          id={`${id}-code`}
          name="code"
          className="code-step__input"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="one-time-code"
          enterKeyHint="done"
          maxLength={VERIFICATION_CODE_LENGTH + 4}
          value={code}
          disabled={isSpent}
          onChange={(event) => {
            setCode(cleanCode(event.target.value));
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : `${id}-hint`}
        />
        {error ? (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="field__hint">
            {hint}
          </p>
        )}
      </div>
      {!isSpent && (
        <button type="submit" className="button button--block button--large" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? "正在确认…" : "确认"}
        </button>
      )}
      {children}
      <button type="button" className={`button button--block ${isSpent ? "" : "button--secondary"}`} onClick={onStartOver}>
        {startOverLabel}
      </button>
    </form>
  );
}

function describeCodeError(error: unknown): string {
  if (!isApiRequestError(error)) return describeError(error);
  const codeIssue = error.issues.find((issue) => issue.path.at(-1) === "code");
  if (codeIssue) return toChineseMessage(codeIssue.message, "验证码不对，请再看一下短信");
  if (error.code === "VALIDATION_FAILED" || error.code === "NOT_FOUND") return "验证码已过期或已经用过了。请点「重新填写」再获取一个。";
  return error.message;
}
