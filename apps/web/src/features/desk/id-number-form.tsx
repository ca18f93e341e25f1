import { validateIdNumber } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { prepareFeedback } from "./feedback.ts";

/**
 * Typed ID number, checked on the device with the API's own validator. The number is sent
 * in a POST body and the input is emptied at once: nothing keeps it afterwards.
 */
export function IdNumberForm({
  onIdNumber,
  disabled,
  submitLabel = "签到",
  hint = "18位，最后一位可以是X。需要联网；没有登记过的人会转到现场登记。",
}: {
  onIdNumber: (idNumber: string) => void;
  disabled: boolean;
  submitLabel?: string;
  hint?: string;
}) {
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    prepareFeedback();
    if (value.trim() === "") {
      setError("请输入身份证号");
      inputRef.current?.focus();
      return;
    }
    const checked = validateIdNumber(value);
    if (!checked.ok) {
      setError(checked.reason);
      inputRef.current?.focus();
      return;
    }
    setValue("");
    setError(null);
    onIdNumber(checked.value);
  }

  return (
    <form className="desk-entry" onSubmit={handleSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-id`}>身份证号</label>
        <div className="input-with-button">
          <input
            ref={inputRef}
            id={`${id}-id`}
            name="idNumber"
            type="text"
            className="input--id"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            enterKeyHint="go"
            maxLength={22}
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
          <p id={`${id}-error`} className="field__error" role="alert">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="field__hint">
            {hint}
          </p>
        )}
      </div>
    </form>
  );
}
