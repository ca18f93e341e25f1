import type { Fair, OrganisationListResponse } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import type { ApiData } from "../../lib/use-api-data.ts";
import { useApiForm } from "../../lib/use-api-form.ts";
import { addFairPartner } from "./fair-admin-api.ts";
import { listPartnerCandidates } from "./fair-organisers-model.ts";

const FIELDS = ["organisationId"] as const;

interface AddPartnerFormProps {
  fair: Fair;
  organisations: ApiData<OrganisationListResponse> & { reload: () => void };
  onAdded: (fair: Fair, message: string) => void;
}

/** The host's (or the platform's) ADMIN asks another bureau to co-organise: it then runs booths and sees the figures. */
export function AddPartnerForm({ fair, organisations, onAdded }: AddPartnerFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [organisationId, setOrganisationId] = useState("");
  const fieldId = () => `${id}-organisationId`;
  const form = useApiForm({
    fields: FIELDS,
    fieldId,
    formRef,
    send: (request: { organisationId: string }) => addFairPartner(fair.id, request),
  });
  const all = organisations.data?.organisations ?? [];
  const candidates = listPartnerCandidates(fair, all);
  const error = form.errors.organisationId;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!organisationId) {
      form.showErrors({ organisationId: "请选择要邀请协办的机构" }, []);
      return;
    }
    const name = all.find((o) => o.id === organisationId)?.name ?? "该机构";
    const wasPartner = fair.partnerOrganisationIds.includes(organisationId);
    const updated = await form.submit({ organisationId });
    if (!updated) return;
    setOrganisationId("");
    onAdded(updated, wasPartner ? `「${name}」已经是协办机构。` : `已添加协办机构「${name}」。`);
  }

  return (
    <form ref={formRef} className="card form partner-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>添加协办机构</h2>
      <p className="muted">协办机构的工作人员可以在本场签到、登记意向、查看数据，其管理员可以邀请本地企业参会。</p>
      <div className="form-alert" role="alert">
        {form.formError}
      </div>
      {organisations.status === "error" && (
        <ErrorPanel error={organisations.error} title="机构列表加载失败" onRetry={organisations.reload} />
      )}
      {organisations.data && candidates.length === 0 ? (
        <p className="muted">所有机构都已是本场的主办或协办机构。</p>
      ) : (
        <div className="partner-form__row">
          <div className="field">
            <label htmlFor={fieldId()}>机构</label>
            <select
              id={fieldId()}
              name="organisationId"
              value={organisationId}
              disabled={!organisations.data}
              onChange={(event) => {
                setOrganisationId(event.target.value);
                form.clearError("organisationId");
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId()}-error` : undefined}
            >
              <option value="">{organisations.data ? "请选择机构" : "正在加载机构…"}</option>
              {candidates.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
            {error && (
              <p id={`${fieldId()}-error`} className="field__error">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={form.isSubmitting} aria-busy={form.isSubmitting}>
            {form.isSubmitting ? "正在添加…" : "添加协办"}
          </button>
        </div>
      )}
    </form>
  );
}
