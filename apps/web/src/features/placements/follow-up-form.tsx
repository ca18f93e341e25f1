import { type CreateFollowUpResponse, toChinaDate } from "@xiezuo/contracts";
import { type FormEvent, useId, useState } from "react";
import { describeError } from "../../lib/api-client.ts";
import { FOLLOW_UP_NOTE_MAX, type FollowUpFormValues, validateFollowUpForm } from "./placement-model.ts";
import { addFollowUp } from "./placements-api.ts";

/** One follow-up call: the date, a big yes/no "still at work?", the wage if known, and a note. */
export function FollowUpForm({
  placementId,
  startedOn,
  onSaved,
  onCancel,
}: {
  placementId: string;
  startedOn: string;
  onSaved: (result: CreateFollowUpResponse) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const today = toChinaDate(new Date());
  const [values, setValues] = useState<FollowUpFormValues>({ checkedOn: today, employed: null, monthlyWage: "", note: "" });
  const [errors, setErrors] = useState<Partial<Record<keyof FollowUpFormValues, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validateFollowUpForm(values, { startedOn, today });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setIsBusy(true);
    setAlert(null);
    try {
      onSaved(await addFollowUp(placementId, checked.request));
    } catch (error) {
      setAlert(describeError(error));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form follow-up-form" onSubmit={handleSubmit} noValidate aria-label="登记回访">
      <div className="field">
        <label htmlFor={`${id}-date`}>回访日期</label>
        <input
          id={`${id}-date`}
          type="date"
          max={today}
          min={startedOn}
          value={values.checkedOn}
          onChange={(event) => setValues((v) => ({ ...v, checkedOn: event.target.value }))}
          aria-invalid={errors.checkedOn ? true : undefined}
          aria-describedby={errors.checkedOn ? `${id}-date-error` : undefined}
        />
        {errors.checkedOn && (
          <p id={`${id}-date-error`} className="field__error">
            {errors.checkedOn}
          </p>
        )}
      </div>
      <fieldset className="follow-up-form__answer" aria-describedby={errors.employed ? `${id}-employed-error` : undefined}>
        <legend>是否仍在岗？</legend>
        <div className="yes-no">
          {[
            { value: true, label: "仍在岗" },
            { value: false, label: "已离岗" },
          ].map((option) => (
            <label key={String(option.value)} className={`yes-no__option yes-no__option--${option.value ? "yes" : "no"}`}>
              <input
                type="radio"
                name={`${id}-employed`}
                className="visually-hidden"
                checked={values.employed === option.value}
                onChange={() => setValues((v) => ({ ...v, employed: option.value }))}
              />
              {option.label}
            </label>
          ))}
        </div>
        {errors.employed && (
          <p id={`${id}-employed-error`} className="field__error">
            {errors.employed}
          </p>
        )}
      </fieldset>
      {values.employed && (
        <div className="field">
          <label htmlFor={`${id}-wage`}>
            当前月工资（元）<span className="field__optional">（选填）</span>
          </label>
          <input
            id={`${id}-wage`}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={values.monthlyWage}
            onChange={(event) => setValues((v) => ({ ...v, monthlyWage: event.target.value }))}
            aria-invalid={errors.monthlyWage ? true : undefined}
          />
          {errors.monthlyWage && <p className="field__error">{errors.monthlyWage}</p>}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>
          备注<span className="field__optional">（选填）</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={FOLLOW_UP_NOTE_MAX}
          placeholder={values.employed === false ? "如：回家照顾老人、换了工作单位" : "如：换了车间、工资有变化"}
          value={values.note}
          onChange={(event) => setValues((v) => ({ ...v, note: event.target.value }))}
          aria-invalid={errors.note ? true : undefined}
        />
        {errors.note && <p className="field__error">{errors.note}</p>}
      </div>
      <div className="form-alert" role="alert">
        {alert}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={isBusy} aria-busy={isBusy}>
          {isBusy ? "正在保存…" : "保存回访"}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={isBusy}>
            取消
          </button>
        )}
      </div>
    </form>
  );
}
