import { type FormEvent, useId, useRef, useState } from "react";
import { readBadgeToken } from "../badges/index.ts";
import { prepareFeedback } from "./feedback.ts";

/**
 * For handheld and USB QR scanners, which "type" the code and press Enter. The scanned text
 * goes through the same check-in as a camera read.
 */
export function BadgeCodeForm({
  onToken,
  disabled,
  submitLabel = "签到",
}: {
  onToken: (token: string) => void;
  disabled: boolean;
  submitLabel?: string;
}) {
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    prepareFeedback();
    const token = readBadgeToken(value);
    setValue("");
    if (!token) {
      setError(value.trim() === "" ? "请先用扫码枪扫胸牌" : "这不是协作平台的胸牌二维码");
      inputRef.current?.focus();
      return;
    }
    setError(null);
    onToken(token);
    inputRef.current?.focus();
  }

  return (
    <form className="desk-entry" onSubmit={handleSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-code`}>扫码枪输入</label>
        <div className="input-with-button">
          <input
            ref={inputRef}
            id={`${id}-code`}
            name="badgeCode"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="go"
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
          />
          <button type="submit" className="button" disabled={disabled}>
            {submitLabel}
          </button>
        </div>
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="field__hint">
            使用扫码枪时，先点一下输入框，再扫胸牌即可。
          </p>
        )}
      </div>
    </form>
  );
}
