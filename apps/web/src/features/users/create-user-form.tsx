import type { EmployerListResponse, OrganisationListResponse, User } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import type { ApiData } from "../../lib/use-api-data.ts";
import { useApiForm } from "../../lib/use-api-form.ts";
import { ROLE_LABELS } from "../auth/index.ts";
import {
  ACCOUNT_ROLES,
  type AccountRole,
  type CreateUserFormValues,
  EMPTY_FORM,
  FIELD_ORDER,
  type FieldName,
  needsOrganisation,
  toCreateUserRequest,
} from "./create-user-form-model.ts";
import { EmployerPicker } from "./employer-picker.tsx";
import { getDefaultOrganisationId, getOrganisationChoices } from "./user-organisation-model.ts";
import { createUser } from "./users-api.ts";

interface CreateUserFormProps {
  employers: ApiData<EmployerListResponse> & { reload: () => void };
  /** Every organisation (the page shows their names in the list too). */
  organisations: ApiData<OrganisationListResponse> & { reload: () => void };
  /** The signed-in ADMIN: its own organisation is a new account's default and bounds the choices. */
  me: Pick<User, "role" | "organisationId">;
  /** The list beside refreshes by itself after the write; a caller may still want to know. */
  onCreated?: (user: User) => void;
}

export function CreateUserForm({ employers, organisations, me, onCreated }: CreateUserFormProps) {
  const id = useId();
  const initialValues: CreateUserFormValues = { ...EMPTY_FORM, organisationId: getDefaultOrganisationId(me) };
  const [values, setValues] = useState<CreateUserFormValues>(initialValues);
  const organisationChoices = getOrganisationChoices(me, organisations.data?.organisations ?? []);
  const [success, setSuccess] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const fieldId = (field: FieldName) => `${id}-${field}`;
  const errorId = (field: FieldName) => `${id}-${field}-error`;
  const form = useApiForm({
    fields: FIELD_ORDER,
    fieldId,
    formRef,
    send: createUser,
    placeRefusal: (error) => (error.code === "CONFLICT" ? { fieldErrors: { username: "该用户名已被使用" }, message: error.message } : null),
  });
  const { errors: fieldErrors, formError, isSubmitting } = form;

  function update<K extends FieldName>(field: K, value: CreateUserFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearError(field);
    setSuccess(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const checked = toCreateUserRequest(values);
    if (!checked.ok) {
      form.showErrors(checked.fieldErrors, ["请按提示修改标出的项目", ...checked.otherErrors]);
      return;
    }
    const user = await form.submit(checked.request);
    if (!user) return;
    setValues({ ...initialValues, role: values.role, organisationId: values.organisationId });
    setSuccess(`已创建账号「${user.username}」`);
    onCreated?.(user);
  }

  function describedBy(field: FieldName, hintId?: string): string | undefined {
    return fieldErrors[field] ? errorId(field) : hintId;
  }

  function renderError(field: FieldName) {
    const message = fieldErrors[field];
    return message ? (
      <p id={errorId(field)} className="field__error">
        {message}
      </p>
    ) : null;
  }

  return (
    <form ref={formRef} className="form card" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>新建账号</h2>
      <div className="form-alert" role="alert">
        {formError}
      </div>
      <p className="form-success" role="status">
        {success}
      </p>

      <div className="field">
        <label htmlFor={fieldId("username")}>用户名</label>
        <input
          id={fieldId("username")}
          name="username"
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          required
          value={values.username}
          onChange={(event) => update("username", event.target.value)}
          aria-invalid={fieldErrors.username ? true : undefined}
          aria-describedby={describedBy("username", `${id}-username-hint`)}
        />
        <p id={`${id}-username-hint`} className="field__hint">
          3–64 位字母、数字、下划线、点或横线，登录时使用
        </p>
        {renderError("username")}
      </div>

      <div className="field">
        <label htmlFor={fieldId("displayName")}>
          显示名称<span className="field__optional">（选填）</span>
        </label>
        <input
          id={fieldId("displayName")}
          name="displayName"
          type="text"
          autoComplete="off"
          maxLength={64}
          value={values.displayName}
          onChange={(event) => update("displayName", event.target.value)}
          aria-invalid={fieldErrors.displayName ? true : undefined}
          aria-describedby={describedBy("displayName", `${id}-displayName-hint`)}
        />
        <p id={`${id}-displayName-hint`} className="field__hint">
          例如真实姓名或岗位，显示在页面顶部
        </p>
        {renderError("displayName")}
      </div>

      <div className="field">
        <label htmlFor={fieldId("password")}>初始密码</label>
        <input
          id={fieldId("password")}
          name="password"
          type="password"
          autoComplete="new-password"
          maxLength={256}
          required
          value={values.password}
          onChange={(event) => update("password", event.target.value)}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={describedBy("password", `${id}-password-hint`)}
        />
        <p id={`${id}-password-hint`} className="field__hint">
          至少 10 位，请通过安全的方式告知账号使用人
        </p>
        {renderError("password")}
      </div>

      <div className="field">
        <label htmlFor={fieldId("role")}>角色</label>
        <select
          id={fieldId("role")}
          name="role"
          value={values.role}
          onChange={(event) => {
            update("role", event.target.value as AccountRole);
            update("employerId", "");
          }}
          aria-invalid={fieldErrors.role ? true : undefined}
          aria-describedby={describedBy("role")}
        >
          {ACCOUNT_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        {renderError("role")}
      </div>

      {needsOrganisation(values.role) && (
        <div className="field">
          <label htmlFor={fieldId("organisationId")}>所属机构</label>
          <select
            id={fieldId("organisationId")}
            name="organisationId"
            value={values.organisationId}
            onChange={(event) => update("organisationId", event.target.value)}
            disabled={!organisations.data}
            aria-invalid={fieldErrors.organisationId ? true : undefined}
            aria-describedby={describedBy("organisationId", `${id}-organisationId-hint`)}
          >
            {!organisations.data && <option value={values.organisationId}>正在加载机构…</option>}
            {organisationChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <p id={`${id}-organisationId-hint`} className="field__hint">
            {me.organisationId === null
              ? "账号只能查看所属机构辖区内的数据；选“平台（不限地区）”可查看所有地区"
              : "账号只能查看所属机构辖区内的数据；可选本机构或辖区内的下级机构"}
          </p>
          {organisations.status === "error" && (
            <ErrorPanel error={organisations.error} title="机构列表加载失败" onRetry={organisations.reload} />
          )}
          {renderError("organisationId")}
        </div>
      )}

      {values.role === "EMPLOYER" && (
        <EmployerPicker
          id={fieldId("employerId")}
          initial={employers}
          value={values.employerId}
          onChange={(employerId) => update("employerId", employerId)}
          error={fieldErrors.employerId}
          errorId={errorId("employerId")}
        />
      )}

      <button type="submit" className="button" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? "正在创建…" : "创建账号"}
      </button>
    </form>
  );
}
