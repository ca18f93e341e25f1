import { type FormEvent, useId, useRef, useState } from "react";
import { ConsentField } from "../../components/consent-field.tsx";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { toChineseMessage } from "../../lib/form-errors.ts";
import { formatNumber } from "../../lib/format.ts";
import { Chip } from "../jobs/index.ts";
import { JobFamilyField } from "../seekers/index.ts";
import { submitRegistration } from "./registration-api.ts";
import {
  EXPECTED_WAGE_CHOICES,
  getFirstRegistrationErrorField,
  getRegistrationCities,
  getRegistrationFieldErrors,
  MAX_PREFERRED_CITIES,
  type RegistrationField,
  type RegistrationFieldErrors,
  type RegistrationValues,
  toggleCity,
  toRegistrationRequest,
} from "./registration-form-model.ts";
import type { PendingVerification } from "./registration-page.tsx";

export const SELF_CONSENT_TEXT =
  "我同意：我填的姓名、身份证号和手机号，只用来报名这场招聘会、现场签到、给我推荐合适的工作，以及上岗后的回访。人社部门加密保存这些信息，不会公开，也不会给无关的单位。";

interface RegistrationFormProps {
  fairId: string;
  values: RegistrationValues;
  onChange: (values: RegistrationValues) => void;
  cityFacets: Readonly<Record<string, number>> | null;
  onAccepted: (pending: PendingVerification) => void;
  /** The last code request, still valid: offered again when the server says "too often". */
  previous: PendingVerification | null;
  onBackToCode: () => void;
}

/** Step 1: who is coming. Big fields, few of them; the ID number is never stored by the browser. */
export function RegistrationForm({ fairId, values, onChange, cityFacets, onAccepted, previous, onBackToCode }: RegistrationFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<RegistrationFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** A 429 is not a mistake of the person's: said as a calm notice, not a red error. */
  const [tooOften, setTooOften] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const fieldId = (field: RegistrationField) => `${id}-${field}`;
  const cities = getRegistrationCities(cityFacets, values.preferredCities);

  function update<K extends RegistrationField>(field: K, value: RegistrationValues[K]) {
    onChange({ ...values, [field]: value });
    setFieldErrors((previousErrors) => ({ ...previousErrors, [field]: undefined }));
  }

  function showErrors(errors: RegistrationFieldErrors, message: string) {
    setFieldErrors(errors);
    setFormError(message);
    const first = getFirstRegistrationErrorField(errors);
    const target = first ? formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`) : null;
    target?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTooOften(null);
    const checked = toRegistrationRequest(values);
    if (!checked.ok) {
      showErrors(checked.fieldErrors, ["请按红字提示修改", ...checked.otherErrors].join("；"));
      return;
    }
    setIsSubmitting(true);
    setFormError(null);
    try {
      const accepted = await submitRegistration(fairId, checked.request);
      onAccepted({ ...accepted, sentAt: new Date().toISOString() });
    } catch (error) {
      if (isApiRequestError(error) && error.issues.length > 0) {
        const mapped = getRegistrationFieldErrors(error.issues);
        showErrors(mapped.fieldErrors, [error.message, ...mapped.otherErrors].join("；"));
      } else {
        if (isApiRequestError(error) && error.code === "RATE_LIMITED") setTooOften(describeTooOften(error.serverMessage));
        else setFormError(describeError(error));
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  const text = (field: "name" | "idNumber" | "phone" | "householdCode") => ({
    ...fieldInputProps(fieldId(field), { error: fieldErrors[field], hint: HINTS[field] }),
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => update(field, event.target.value),
    spellCheck: false,
  });

  return (
    <form ref={formRef} className="form card registration-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>第 1 步：填写报名信息</h2>
      <div className="form-alert" role="alert">
        {formError}
      </div>
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
      <FormField id={fieldId("name")} label="姓名" hint={HINTS.name} error={fieldErrors.name}>
        <input {...text("name")} type="text" autoComplete="name" maxLength={40} required />
      </FormField>
      <FormField id={fieldId("idNumber")} label="身份证号" hint={HINTS.idNumber} error={fieldErrors.idNumber}>
        {/* autoComplete off: the browser must not remember ID numbers in its form history. */}
        <input
          {...text("idNumber")}
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          maxLength={22}
          required
          className="input--id"
        />
      </FormField>
      <FormField id={fieldId("phone")} label="手机号" hint={HINTS.phone} error={fieldErrors.phone}>
        <input {...text("phone")} type="tel" inputMode="numeric" autoComplete="tel-national" maxLength={16} required />
      </FormField>
      <FormField id={fieldId("householdCode")} label="户编号" isOptional hint={HINTS.householdCode} error={fieldErrors.householdCode}>
        <input {...text("householdCode")} type="text" autoComplete="off" maxLength={40} />
      </FormField>

      <JobFamilyField
        id={fieldId("jobFamilies")}
        value={values.jobFamilies}
        onChange={(jobFamilies) => update("jobFamilies", jobFamilies)}
        error={fieldErrors.jobFamilies}
      />

      <fieldset className="field" aria-describedby={`${id}-cities-hint`}>
        <legend>
          想去哪里工作<span className="field__optional">（选填，可多选）</span>
        </legend>
        <p id={`${id}-cities-hint`} className="field__hint">
          最多选 {MAX_PREFERRED_CITIES} 个，会优先给您推荐这些地方的工作。
        </p>
        <div className="chip-group__chips" id={fieldId("preferredCities")} tabIndex={-1}>
          {cities.map((city) => (
            <Chip
              key={city}
              isOn={values.preferredCities.includes(city)}
              onClick={() => update("preferredCities", toggleCity(values.preferredCities, city))}
            >
              {city}
            </Chip>
          ))}
        </div>
        {fieldErrors.preferredCities && <p className="field__error">{fieldErrors.preferredCities}</p>}
      </fieldset>

      <fieldset className="field">
        <legend>
          期望月薪<span className="field__optional">（选填）</span>
        </legend>
        <div className="chip-group__chips" id={fieldId("expectedWageMin")} tabIndex={-1}>
          <Chip isOn={values.expectedWageMin === null} onClick={() => update("expectedWageMin", null)}>
            不限
          </Chip>
          {EXPECTED_WAGE_CHOICES.map((wage) => (
            <Chip
              key={wage}
              isOn={values.expectedWageMin === wage}
              onClick={() => update("expectedWageMin", values.expectedWageMin === wage ? null : wage)}
            >
              {formatNumber(wage)}元以上
            </Chip>
          ))}
        </div>
        {fieldErrors.expectedWageMin && <p className="field__error">{fieldErrors.expectedWageMin}</p>}
      </fieldset>

      <ConsentField
        id={fieldId("consent")}
        text={SELF_CONSENT_TEXT}
        label="我已读过，同意报名"
        checked={values.consent}
        onChange={(checked) => update("consent", checked)}
        error={fieldErrors.consent}
      />

      <button type="submit" className="button button--block button--large" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? "正在提交…" : "获取验证码"}
      </button>
      <p className="muted registration-form__after">提交后，我们会给您的手机发一条短信验证码。</p>
    </form>
  );
}

const HINTS = {
  name: "和身份证上的一样",
  idNumber: "18位，最后一位可能是X",
  phone: "本人正在用的手机号，验证码会发到这里",
  householdCode: "建档立卡户、脱贫户请填村里名册上的户编号，不知道可以不填",
} as const;

/** 429, said kindly: how long to wait (the server knows), and why there is a limit at all. */
export function describeTooOften(serverMessage: string | null): string {
  const wait = toChineseMessage(serverMessage ?? "", "提交得太频繁了，请过一会儿再试").replace(/[。.]$/, "");
  return `${wait}。为了保护您的信息，同一个手机号短时间内不能反复获取验证码；已经收到的验证码10分钟内都能用。`;
}
