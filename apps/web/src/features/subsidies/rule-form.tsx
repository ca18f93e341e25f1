import { PovertyStatusSchema, STAFF_LABELS, SubsidyKindSchema, type SubsidyRule, toChinaDate } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { useApiForm } from "../../lib/use-api-form.ts";
import { useOrganisations } from "../organisations/index.ts";
import {
  amountFieldsOf,
  emptyRuleForm,
  RULE_FIELD_ORDER,
  type RuleField,
  type RuleFormValues,
  toCreateRuleRequest,
} from "./rule-form-model.ts";
import { createSubsidyRule } from "./subsidies-api.ts";
import { SUBSIDY_KIND_LABELS } from "./subsidy-model.ts";

const AMOUNT_LABELS: Partial<Record<RuleField, string>> = {
  outOfProvince: "省外务工（元/人）",
  inProvince: "省内县外务工（元/人）",
  perWorker: "每吸纳 1 人（元）",
};

const HINTS: Partial<Record<RuleField, string>> = {
  name: "如：2025 年脱贫劳动力跨省务工交通补贴",
  minMonths: "当年开始务工、连续务工满这么多个月的才列入名单",
  inProvince: "在本县务工的不享受",
};

/** 新建补贴规则: who qualifies and how much; the roster is computed from it afterwards. */
export function RuleForm({ onCreated, onCancel }: { onCreated: (rule: SubsidyRule) => void; onCancel: () => void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const user = useCurrentUser();
  const needsOrganisation = user.organisationId === null;
  const organisations = useOrganisations(user);
  const [values, setValues] = useState<RuleFormValues>(() => emptyRuleForm(Number(toChinaDate(new Date()).slice(0, 4))));
  const fieldId = (field: RuleField) => `${id}-${field}`;
  const form = useApiForm({ fields: RULE_FIELD_ORDER, fieldId, formRef, send: createSubsidyRule });
  const { errors, formError, isSubmitting } = form;

  function update<F extends RuleField>(field: F, value: RuleFormValues[F]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearError(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toCreateRuleRequest(values, { needsOrganisation });
    if (!checked.ok) {
      form.showErrors(checked.fieldErrors, ["请按提示修改标出的项目", ...checked.otherErrors]);
      return;
    }
    const created = await form.submit(checked.request);
    if (created) onCreated(created);
  }

  const field = (name: RuleField) => ({ id: fieldId(name), hint: HINTS[name], error: errors[name] });
  const text = (name: "name" | "year" | "minMonths" | "outOfProvince" | "inProvince" | "perWorker" | "organisationId") => ({
    ...fieldInputProps(fieldId(name), { hint: HINTS[name], error: errors[name] }),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => update(name, event.target.value),
  });

  function toggleStatus(status: (typeof values.povertyStatuses)[number], checked: boolean) {
    const next = checked ? [...values.povertyStatuses, status] : values.povertyStatuses.filter((item) => item !== status);
    update(
      "povertyStatuses",
      PovertyStatusSchema.options.filter((option) => next.includes(option)),
    );
  }

  return (
    <form ref={formRef} className="form card" onSubmit={handleSubmit} noValidate aria-busy={isSubmitting} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>新建补贴规则</h2>
      <div className="form-alert" role="alert">
        {formError}
      </div>
      <FormField {...field("name")} label="名称">
        <input {...text("name")} type="text" maxLength={120} autoComplete="off" />
      </FormField>
      <FormField {...field("kind")} label="补贴类型">
        <select
          {...fieldInputProps(fieldId("kind"), { error: errors.kind })}
          name="kind"
          value={values.kind}
          onChange={(event) => update("kind", SubsidyKindSchema.parse(event.target.value))}
        >
          {SubsidyKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {SUBSIDY_KIND_LABELS[kind]}
              {kind === "TRANSPORT" ? "（发给务工人员）" : "（发给吸纳就业的企业）"}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form-grid">
        <FormField {...field("year")} label="年度">
          <input {...text("year")} type="text" inputMode="numeric" maxLength={4} autoComplete="off" />
        </FormField>
        <FormField {...field("minMonths")} label="连续务工月数（至少）">
          <input {...text("minMonths")} type="text" inputMode="numeric" maxLength={2} autoComplete="off" />
        </FormField>
      </div>
      <fieldset className="subsidy-checks" aria-describedby={errors.povertyStatuses ? `${fieldId("povertyStatuses")}-error` : undefined}>
        <legend>家庭类别</legend>
        {PovertyStatusSchema.options.map((status, index) => (
          <label key={status} className="subsidy-check">
            <input
              id={index === 0 ? fieldId("povertyStatuses") : undefined}
              type="checkbox"
              checked={values.povertyStatuses.includes(status)}
              onChange={(event) => toggleStatus(status, event.target.checked)}
            />
            {STAFF_LABELS.povertyStatus[status]}
          </label>
        ))}
        {errors.povertyStatuses && (
          <p id={`${fieldId("povertyStatuses")}-error`} className="field__error">
            {errors.povertyStatuses}
          </p>
        )}
      </fieldset>
      <div className="form-grid">
        {amountFieldsOf(values.kind).map((name) => (
          <FormField key={name} {...field(name)} label={AMOUNT_LABELS[name] ?? name}>
            <input
              {...text(name as "outOfProvince" | "inProvince" | "perWorker")}
              type="text"
              inputMode="numeric"
              maxLength={7}
              autoComplete="off"
            />
          </FormField>
        ))}
      </div>
      <label className="subsidy-check">
        <input
          id={fieldId("excludeOrganisedTransfer")}
          type="checkbox"
          checked={values.excludeOrganisedTransfer}
          onChange={(event) => update("excludeOrganisedTransfer", event.target.checked)}
        />
        不含当年随组织输出到岗的人员（已由输出计划承担交通费用）
      </label>
      {needsOrganisation && (
        <FormField {...field("organisationId")} label="发放机构">
          <select {...text("organisationId")}>
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
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? "正在保存…" : "保存规则"}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={isSubmitting}>
          取消
        </button>
      </div>
    </form>
  );
}
