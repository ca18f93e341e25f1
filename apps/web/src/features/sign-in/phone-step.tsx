import { type FormEvent, useId, useRef, useState } from "react";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { describeTooOften, type PendingVerification } from "../registration/index.ts";
import { requestSignInCode } from "./sign-in-api.ts";
import { checkSignInPhone } from "./sign-in-model.ts";

interface PhoneStepProps {
  phone: string;
  onPhoneChange: (phone: string) => void;
  /** The server took the number; `phone` is the number as it was sent (normalised). */
  onAccepted: (pending: PendingVerification, phone: string) => void;
  /** The last code request, still valid: offered again when the server says "too often". */
  previous: PendingVerification | null;
  onBackToCode: () => void;
}

/** Step 1: the phone number, nothing else. Big type, the number pad, the phone's own number offered. */
export function PhoneStep({ phone, onPhoneChange, onAccepted, previous, onBackToCode }: PhoneStepProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [tooOften, setTooOften] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTooOften(null);
    const checked = checkSignInPhone(phone);
    if (!checked.ok) {
      setError(checked.message);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setIsSubmitting(true);
    try {
      const accepted = await requestSignInCode(checked.phone);
      onAccepted({ ...accepted, sentAt: new Date().toISOString() }, checked.phone);
    } catch (caught) {
      if (isApiRequestError(caught) && caught.code === "RATE_LIMITED") setTooOften(describeTooOften(caught.serverMessage));
      else {
        const phoneIssue = isApiRequestError(caught) ? caught.issues.find((issue) => issue.path.at(-1) === "phone") : undefined;
        setError(phoneIssue?.message ?? describeError(caught));
        inputRef.current?.focus();
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  const errorId = `${id}-error`;
  return (
    <form className="form card sign-in-phone" onSubmit={handleSubmit} noValidate aria-label="用手机号登录">
      {tooOften && (
        <div className="notice registration-form__wait" role="alert">
          <p>{tooOften}</p>
          {previous && (
            <button type="button" className="button button--secondary" onClick={onBackToCode}>
              已收到验证码？回去输入验证码
            </button>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-phone`}>手机号</label>
        <input
          ref={inputRef}
          id={`${id}-phone`}
          name="phone"
          className="sign-in-phone__input"
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          enterKeyHint="send"
          maxLength={16}
          spellCheck={false}
          value={phone}
          onChange={(event) => {
            onPhoneChange(event.target.value);
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
            报名时填的手机号。验证码会用短信发到这个号码。
          </p>
        )}
      </div>
      <button type="submit" className="button button--block button--large" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? "正在发送…" : "获取验证码"}
      </button>
    </form>
  );
}
