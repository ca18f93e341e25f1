import { STAFF_LABELS, type TransferDetail, TransportModeSchema } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { RegionSelect } from "../../components/region-select.tsx";
import { useApiForm } from "../../lib/use-api-form.ts";
import { useOrganisations } from "../organisations/index.ts";
import { EmployerChoice } from "./employer-choice.tsx";
import {
  EMPTY_TRANSFER_FORM,
  TRANSFER_FIELD_ORDER,
  type TransferField,
  type TransferFormValues,
  toCreateTransferRequest,
} from "./transfer-form-model.ts";
import { createTransfer } from "./transfers-api.ts";

const HINTS: Partial<Record<TransferField, string>> = {
  title: "如：2025 春季赴济南务工专车",
  departsAt: "北京时间",
  destinationRegionCode: "务工人员去往的城市或县",
};

/** 计划输出: a bureau plans a transfer; people are added on the transfer's page afterwards. */
export function TransferPlanForm({ onCreated, onCancel }: { onCreated: (transfer: TransferDetail) => void; onCancel: () => void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const user = useCurrentUser();
  const needsOrganisation = user.organisationId === null;
  const organisations = useOrganisations(user);
  const [values, setValues] = useState<TransferFormValues>(EMPTY_TRANSFER_FORM);
  const fieldId = (field: TransferField) => `${id}-${field}`;
  const form = useApiForm({ fields: TRANSFER_FIELD_ORDER, fieldId, formRef, send: createTransfer });
  const { errors, formError, isSubmitting } = form;

  function update(field: TransferField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearError(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toCreateTransferRequest(values, { needsOrganisation });
    if (!checked.ok) {
      const hasFieldErrors = Object.keys(checked.fieldErrors).length > 0;
      form.showErrors(checked.fieldErrors, [hasFieldErrors ? "请按提示修改标出的项目" : "", ...checked.otherErrors]);
      return;
    }
    const created = await form.submit(checked.request);
    if (created) onCreated(created);
  }

  const field = (name: TransferField) => ({ id: fieldId(name), hint: HINTS[name], error: errors[name] });
  const input = (name: TransferField) => ({
    ...fieldInputProps(fieldId(name), { hint: HINTS[name], error: errors[name] }),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => update(name, event.target.value),
  });

  return (
    <form ref={formRef} className="form card" onSubmit={handleSubmit} noValidate aria-busy={isSubmitting} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>计划一次输出</h2>
      <div className="form-alert" role="alert">
        {formError}
      </div>
      <FormField {...field("title")} label="名称">
        <input {...input("title")} type="text" maxLength={120} autoComplete="off" />
      </FormField>
      <div className="form-grid">
        <FormField {...field("departsAt")} label="出发时间">
          <input {...input("departsAt")} type="datetime-local" />
        </FormField>
        <FormField {...field("transport")} label="交通方式">
          <select {...input("transport")}>
            {TransportModeSchema.options.map((mode) => (
              <option key={mode} value={mode}>
                {STAFF_LABELS.transportMode[mode]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField {...field("destinationRegionCode")} label="目的地">
        <RegionSelect {...input("destinationRegionCode")} emptyLabel="请选择目的地" />
      </FormField>
      <EmployerChoice
        id={fieldId("employerId")}
        value={values.employerId}
        onChange={(employerId) => update("employerId", employerId)}
        error={errors.employerId}
      />
      {needsOrganisation && (
        <FormField {...field("organisationId")} label="组织输出的机构">
          <select {...input("organisationId")}>
            <option value="">{organisations.status === "loading" && !organisations.data ? "正在加载机构…" : "请选择机构"}</option>
            {(organisations.data?.organisations ?? []).map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? "正在保存…" : "保存计划"}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={isSubmitting}>
          取消
        </button>
      </div>
    </form>
  );
}
