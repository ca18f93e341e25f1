import type { Employer } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { useApiForm } from "../../lib/use-api-form.ts";
import {
  EMPLOYER_FIELD_ORDER,
  EMPTY_EMPLOYER_FORM,
  type EmployerField,
  type EmployerFormValues,
  toCreateEmployerRequest,
} from "./employer-form-model.ts";
import { EMPLOYER_KIND_LABELS, EMPLOYER_KINDS } from "./employer-labels.ts";
import { createEmployer } from "./employers-api.ts";

const HINTS: Partial<Record<EmployerField, string>> = {
  name: "与营业执照一致",
  shortName: "如：重汽，显示在展位牌和岗位上",
  creditCode: "营业执照上的18位代码，系统会核对校验位",
  regionCode: "6位行政区划代码，如济南市 370100",
  city: "如：济南",
};

export function CreateEmployerForm({ onCreated }: { onCreated: (employer: Employer) => void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<EmployerFormValues>(EMPTY_EMPLOYER_FORM);
  const [success, setSuccess] = useState<string | null>(null);
  const fieldId = (field: EmployerField) => `${id}-${field}`;
  const form = useApiForm({
    fields: EMPLOYER_FIELD_ORDER,
    fieldId,
    formRef,
    send: createEmployer,
    placeRefusal: (error) =>
      error.code === "CONFLICT" ? { fieldErrors: { creditCode: "这个统一社会信用代码已经登记过了" }, message: error.message } : null,
  });
  const { errors, formError } = form;

  function update(field: EmployerField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearError(field);
    setSuccess(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const checked = toCreateEmployerRequest(values);
    if (!checked.ok) {
      form.showErrors(checked.fieldErrors, ["请按提示修改标出的项目", ...checked.otherErrors]);
      return;
    }
    const employer = await form.submit(checked.request);
    if (!employer) return;
    setValues({ ...EMPTY_EMPLOYER_FORM, kind: values.kind });
    setSuccess(`已登记「${employer.name}」`);
    onCreated(employer);
  }

  const field = (name: EmployerField) => ({ id: fieldId(name), hint: HINTS[name], error: errors[name] });
  const input = (name: Exclude<EmployerField, "kind">) => ({
    ...fieldInputProps(fieldId(name), { hint: HINTS[name], error: errors[name] }),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => update(name, event.target.value),
  });

  return (
    <form ref={formRef} className="form card" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>登记企业</h2>
      <div className="form-alert" role="alert">
        {formError}
      </div>
      <p className="form-success" role="status">
        {success}
      </p>
      <FormField {...field("name")} label="企业全称">
        <input {...input("name")} type="text" maxLength={100} autoComplete="off" />
      </FormField>
      <FormField {...field("shortName")} label="简称" isOptional>
        <input {...input("shortName")} type="text" maxLength={30} autoComplete="off" />
      </FormField>
      <FormField {...field("creditCode")} label="统一社会信用代码">
        <input {...input("creditCode")} type="text" maxLength={24} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
      </FormField>
      <FormField {...field("kind")} label="单位类型">
        <select
          {...fieldInputProps(fieldId("kind"), { error: errors.kind })}
          name="kind"
          value={values.kind}
          onChange={(event) => update("kind", event.target.value)}
        >
          {EMPLOYER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {EMPLOYER_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form-grid">
        <FormField {...field("regionCode")} label="所在地区划代码">
          <input {...input("regionCode")} type="text" inputMode="numeric" maxLength={6} autoComplete="off" />
        </FormField>
        <FormField {...field("city")} label="所在城市">
          <input {...input("city")} type="text" maxLength={40} autoComplete="off" />
        </FormField>
      </div>
      <button type="submit" className="button" disabled={form.isSubmitting} aria-busy={form.isSubmitting}>
        {form.isSubmitting ? "正在登记…" : "登记企业"}
      </button>
    </form>
  );
}
