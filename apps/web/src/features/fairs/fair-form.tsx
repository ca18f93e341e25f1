import type { Fair } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { RegionSelect } from "../../components/region-select.tsx";
import { useApiForm } from "../../lib/use-api-form.ts";
import { createFair, updateFair } from "./fair-admin-api.ts";
import {
  FAIR_FIELD_ORDER,
  type FairField,
  type FairFieldErrors,
  type FairFormValues,
  toCreateFairRequest,
  toUpdateFairRequest,
} from "./fair-form-model.ts";

const HINTS: Partial<Record<FairField, string>> = {
  title: "如：2025 春风行动·济南—湘西劳务协作专场招聘会",
  startsAt: "北京时间",
  endsAt: "北京时间",
  hostRegionCode: "招聘会在哪个县市举办，如古丈县",
  partnerRegionCode: "东西部协作的对口地区，如济南市",
};

interface FairFormProps {
  initial: FairFormValues;
  /** The fair being edited; absent when creating one. */
  original?: Fair;
  onSaved: (fair: Fair) => void;
}

export function FairForm({ initial, original, onSaved }: FairFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const fieldId = (field: FairField) => `${id}-${field}`;
  // The request to send is chosen when submitting (create or update): the mutation runs it.
  const form = useApiForm({ fields: FAIR_FIELD_ORDER, fieldId, formRef, send: (save: () => Promise<Fair>) => save() });
  const { errors, formError, isSubmitting, showErrors } = form;

  function update(field: FairField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearError(field);
  }

  async function submit(save: () => Promise<Fair>) {
    const saved = await form.submit(save);
    if (saved) onSaved(saved);
  }

  function showCheckFailure(failure: { fieldErrors: FairFieldErrors; otherErrors: string[] }) {
    const hasFieldErrors = Object.keys(failure.fieldErrors).length > 0;
    showErrors(failure.fieldErrors, [hasFieldErrors ? "请按提示修改标出的项目" : "", ...failure.otherErrors]);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (original) {
      const checked = toUpdateFairRequest(values, original);
      if (checked.ok) void submit(() => updateFair(original.id, checked.request));
      else showCheckFailure(checked);
    } else {
      const checked = toCreateFairRequest(values);
      if (checked.ok) void submit(() => createFair(checked.request));
      else showCheckFailure(checked);
    }
  }

  const field = (name: FairField) => ({ id: fieldId(name), hint: HINTS[name], error: errors[name] });
  const input = (name: FairField) => ({
    ...fieldInputProps(fieldId(name), { hint: HINTS[name], error: errors[name] }),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => update(name, event.target.value),
  });

  return (
    <form ref={formRef} className="form card" onSubmit={handleSubmit} noValidate aria-busy={isSubmitting}>
      <div className="form-alert" role="alert">
        {formError}
      </div>
      <FormField {...field("title")} label="招聘会名称">
        <input {...input("title")} type="text" maxLength={120} autoComplete="off" />
      </FormField>
      <FormField {...field("venue")} label="举办地点">
        <input {...input("venue")} type="text" maxLength={200} autoComplete="off" />
      </FormField>
      <div className="form-grid">
        <FormField {...field("startsAt")} label="开始时间">
          <input {...input("startsAt")} type="datetime-local" />
        </FormField>
        <FormField {...field("endsAt")} label="结束时间">
          <input {...input("endsAt")} type="datetime-local" />
        </FormField>
      </div>
      {!original && (
        <div className="form-grid">
          <FormField {...field("hostRegionCode")} label="举办地">
            <RegionSelect {...input("hostRegionCode")} emptyLabel="请选择举办地" />
          </FormField>
          <FormField {...field("partnerRegionCode")} label="协作地" isOptional>
            <RegionSelect {...input("partnerRegionCode")} emptyLabel="没有协作地" />
          </FormField>
        </div>
      )}
      <button type="submit" className="button" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? "正在保存…" : original ? "保存修改" : "创建招聘会"}
      </button>
    </form>
  );
}
