import { type FormEvent, useId, useRef, useState } from "react";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { RegionSelect } from "../../components/region-select.tsx";
import { useApiForm } from "../../lib/use-api-form.ts";
import { createOrganisation } from "./organisation-admin-api.ts";
import {
  DUPLICATE_NAME_MESSAGE,
  EMPTY_ORGANISATION_FORM,
  ORGANISATION_FIELD_ORDER,
  type OrganisationField,
  type OrganisationFormValues,
  toCreateOrganisationRequest,
} from "./organisation-form-model.ts";

const HINTS: Record<OrganisationField, string> = {
  name: "如：凤凰县人社局。账号、招聘会的主办和协办都显示这个名称",
  regionCode: "机构的账号只能看到这个地区（及其下辖地区）的数据",
};

/** The platform ADMIN founds a bureau: a name and its region. */
export function CreateOrganisationForm() {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<OrganisationFormValues>(EMPTY_ORGANISATION_FORM);
  const [success, setSuccess] = useState<string | null>(null);
  const fieldId = (field: OrganisationField) => `${id}-${field}`;
  const form = useApiForm({
    fields: ORGANISATION_FIELD_ORDER,
    fieldId,
    formRef,
    send: createOrganisation,
    placeRefusal: (error) =>
      error.code === "CONFLICT" ? { fieldErrors: { name: DUPLICATE_NAME_MESSAGE }, message: DUPLICATE_NAME_MESSAGE } : null,
  });
  const { errors, formError } = form;

  function update(field: OrganisationField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearError(field);
    setSuccess(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const checked = toCreateOrganisationRequest(values);
    if (!checked.ok) {
      form.showErrors(checked.fieldErrors, ["请按提示修改标出的项目", ...checked.otherErrors]);
      return;
    }
    const organisation = await form.submit(checked.request);
    if (!organisation) return;
    setValues(EMPTY_ORGANISATION_FORM);
    setSuccess(`已新建机构「${organisation.name}」`);
  }

  const field = (name: OrganisationField) => ({ id: fieldId(name), hint: HINTS[name], error: errors[name] });
  const input = (name: OrganisationField) => ({
    ...fieldInputProps(fieldId(name), { hint: HINTS[name], error: errors[name] }),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => update(name, event.target.value),
  });

  return (
    <form ref={formRef} className="form card" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>新建机构</h2>
      <div className="form-alert" role="alert">
        {formError}
      </div>
      <p className="form-success" role="status">
        {success}
      </p>
      <FormField {...field("name")} label="机构名称">
        <input {...input("name")} type="text" maxLength={80} autoComplete="off" />
      </FormField>
      <FormField {...field("regionCode")} label="所在地区">
        <RegionSelect {...input("regionCode")} emptyLabel="请选择地区" />
      </FormField>
      <button type="submit" className="button" disabled={form.isSubmitting} aria-busy={form.isSubmitting}>
        {form.isSubmitting ? "正在新建…" : "新建机构"}
      </button>
    </form>
  );
}
