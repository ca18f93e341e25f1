import type { Seeker } from "@xiezuo/contracts";
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import {
  EMPTY_REGISTER_VALUES,
  getFirstRegisterErrorField,
  getRegisterFieldErrors,
  type RegisterField,
  type RegisterFieldErrors,
  type RegisterSeekerValues,
  toCreateSeekerRequest,
} from "./register-seeker-form-model.ts";
import { createSeeker } from "./seekers-api.ts";
import "./seekers.css";
import { ConsentField } from "../../components/consent-field.tsx";
import { JobFamilyField } from "./job-family-field.tsx";

/** A new seeker, or the one already registered with that ID number (409 with existingId). */
export type RegisterOutcome = { kind: "created"; seeker: Seeker } | { kind: "existing"; seekerId: string };

interface RegisterSeekerFormProps {
  title: string;
  /** The ID number the desk just looked up, so staff need not type it twice. */
  initialIdNumber?: string;
  submitLabel: string;
  onRegistered: (outcome: RegisterOutcome) => void | Promise<void>;
  onCancel?: () => void;
  /** Shown under the title, e.g. why the form appeared. */
  intro?: ReactNode;
}

export const CONSENT_TEXT =
  "我已向本人说明：登记的姓名、身份证号和手机号只用于本次招聘会签到、推荐合适岗位和就业后回访，由人社部门加密保存，不会公开，也不会提供给无关单位。本人同意登记。";

/** The same form at the desk (register on the spot) and on the seekers page. */
export function RegisterSeekerForm({ title, initialIdNumber = "", submitLabel, onRegistered, onCancel, intro }: RegisterSeekerFormProps) {
  const id = useId();
  const [values, setValues] = useState<RegisterSeekerValues>({ ...EMPTY_REGISTER_VALUES, idNumber: initialIdNumber });
  const [fieldErrors, setFieldErrors] = useState<RegisterFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = (field: RegisterField) => `${id}-${field}`;
  const errorId = (field: RegisterField) => `${id}-${field}-error`;

  function update<K extends RegisterField>(field: K, value: RegisterSeekerValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setFieldErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function showErrors(errors: RegisterFieldErrors, message: string) {
    setFieldErrors(errors);
    setFormError(message);
    const first = getFirstRegisterErrorField(errors);
    if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toCreateSeekerRequest(values);
    if (!checked.ok) {
      showErrors(checked.fieldErrors, ["请按提示修改标出的项目", ...checked.otherErrors].join("；"));
      return;
    }
    setIsSubmitting(true);
    setFormError(null);
    try {
      let outcome: RegisterOutcome;
      try {
        outcome = { kind: "created", seeker: await createSeeker(checked.request) };
      } catch (error) {
        const existingId = isApiRequestError(error) && error.code === "CONFLICT" ? error.details.existingId : undefined;
        if (typeof existingId !== "string") throw error;
        outcome = { kind: "existing", seekerId: existingId };
      }
      setValues(EMPTY_REGISTER_VALUES);
      setFieldErrors({});
      await onRegistered(outcome);
    } catch (error) {
      if (isApiRequestError(error) && error.issues.length > 0) {
        const { fieldErrors: apiErrors, otherErrors } = getRegisterFieldErrors(error.issues);
        showErrors(apiErrors, [error.message, ...otherErrors].join("；"));
      } else {
        setFormError(describeError(error));
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  function handleCancel() {
    setValues(EMPTY_REGISTER_VALUES);
    onCancel?.();
  }

  function renderField(
    field: "name" | "idNumber" | "phone" | "householdCode",
    label: ReactNode,
    input: Record<string, unknown>,
    hint?: string,
  ) {
    const error = fieldErrors[field];
    const hintId = `${fieldId(field)}-hint`;
    return (
      <div className="field">
        <label htmlFor={fieldId(field)}>{label}</label>
        <input
          id={fieldId(field)}
          name={field}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={values[field]}
          onChange={(event) => update(field, event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId(field) : hint ? hintId : undefined}
          {...input}
        />
        {hint && !error && (
          <p id={hintId} className="field__hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId(field)} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <form ref={formRef} className="form card register-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro}
      <div className="form-alert" role="alert">
        {formError}
      </div>
      {renderField("name", "姓名", { maxLength: 40, required: true })}
      {renderField(
        "idNumber",
        "身份证号",
        { maxLength: 22, required: true, inputMode: "text", autoCapitalize: "characters", className: "input--id" },
        "18位，最后一位可以是X",
      )}
      {renderField("phone", "手机号", { type: "tel", maxLength: 16, required: true, inputMode: "numeric" }, "本人常用的手机号，用于回访")}
      {renderField(
        "householdCode",
        <>
          户编号<span className="field__optional">（选填）</span>
        </>,
        { maxLength: 40 },
        "建档立卡户、脱贫户等请填写名册上的户编号",
      )}
      <JobFamilyField
        id={fieldId("jobFamilies")}
        value={values.jobFamilies}
        onChange={(jobFamilies) => update("jobFamilies", jobFamilies)}
        error={fieldErrors.jobFamilies}
        hint="问一问本人想做什么，可选几个；推荐岗位时优先考虑。"
      />
      <ConsentField
        id={fieldId("consent")}
        text={CONSENT_TEXT}
        label="本人已同意登记"
        checked={values.consent}
        onChange={(checked) => update("consent", checked)}
        error={fieldErrors.consent}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? "正在登记…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={handleCancel}>
            取消
          </button>
        )}
      </div>
    </form>
  );
}
