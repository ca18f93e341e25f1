import { type FairEmployer, JoinFairRequestSchema } from "@xiezuo/contracts";
import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { mapIssuesToFields } from "../../lib/form-errors.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { EmployerPicker, listEmployers } from "../users/index.ts";
import { joinFair } from "./fair-admin-api.ts";

const FIELDS = ["employerId", "booth"] as const;
type Field = (typeof FIELDS)[number];

interface InviteEmployerFormProps {
  fairId: string;
  /** Employers already taking part: inviting one again changes its booth. */
  participants: readonly FairEmployer[];
  onInvited: () => void;
}

export function InviteEmployerForm({ fairId, participants, onInvited }: InviteEmployerFormProps) {
  const id = useId();
  const employers = useApiData((signal) => listEmployers("", signal), []);
  const [employerId, setEmployerId] = useState("");
  const [booth, setBooth] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const existing = participants.find((participant) => participant.employerId === employerId);
  const boothHint = existing ? "该企业已参会，保存即修改展位" : "如：A01";

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const parsed = JoinFairRequestSchema.safeParse({ employerId, booth: booth.trim() || undefined });
    if (!parsed.success) {
      const mapped = mapIssuesToFields(parsed.error.issues, FIELDS);
      setErrors({ ...mapped.fieldErrors, ...(employerId ? {} : { employerId: "请选择要邀请的企业" }) });
      setFormError("请按提示修改标出的项目");
      return;
    }
    setIsSubmitting(true);
    setFormError(null);
    try {
      const joined = await joinFair(fairId, parsed.data);
      setSuccess(
        existing
          ? `已更新「${joined.name}」的展位${joined.booth ? `：${joined.booth}` : ""}`
          : `已邀请「${joined.name}」参会${joined.booth ? `，展位 ${joined.booth}` : ""}`,
      );
      setEmployerId("");
      setBooth("");
      setErrors({});
      onInvited();
    } catch (error) {
      if (isApiRequestError(error) && error.issues.length > 0) {
        const mapped = mapIssuesToFields(error.issues, FIELDS);
        setErrors(mapped.fieldErrors);
        setFormError([error.message, ...mapped.otherErrors].join("；"));
      } else {
        setFormError(describeError(error));
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form className="form card invite-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>邀请企业参会</h3>
      <div className="form-alert" role="alert">
        {formError}
      </div>
      <p className="form-success" role="status">
        {success}
      </p>
      <EmployerPicker
        id={`${id}-employerId`}
        initial={employers}
        value={employerId}
        onChange={(value) => {
          setEmployerId(value);
          setErrors((previous) => ({ ...previous, employerId: undefined }));
          setBooth(participants.find((participant) => participant.employerId === value)?.booth ?? "");
        }}
        error={errors.employerId}
        errorId={`${id}-employerId-error`}
      />
      <FormField id={`${id}-booth`} label="展位号" isOptional hint={boothHint} error={errors.booth}>
        <input
          {...fieldInputProps(`${id}-booth`, { hint: boothHint, error: errors.booth })}
          name="booth"
          type="text"
          maxLength={20}
          autoComplete="off"
          value={booth}
          onChange={(event) => setBooth(event.target.value)}
        />
      </FormField>
      <button type="submit" className="button" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? "正在保存…" : existing ? "修改展位" : "邀请参会"}
      </button>
      <p className="field__hint">
        企业不在列表里？<Link to="/employers">先登记企业</Link>
      </p>
    </form>
  );
}
