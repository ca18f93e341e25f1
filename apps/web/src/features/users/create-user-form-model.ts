import { type CreateUserRequest, CreateUserRequestSchema } from "@xiezuo/contracts";
import { type IssueLike, mapIssuesToFields } from "../../lib/form-errors.ts";

export type AccountRole = CreateUserRequest["role"];

export const ACCOUNT_ROLES: readonly AccountRole[] = ["ADMIN", "STAFF", "EMPLOYER"];

export interface CreateUserFormValues {
  username: string;
  displayName: string;
  password: string;
  role: AccountRole;
  employerId: string;
  /** ADMIN and STAFF: their bureau; "" is the platform (no organisation sent). */
  organisationId: string;
}

export type FieldName = keyof CreateUserFormValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

/** Order of the inputs, so focus can go to the first field with an error. */
export const FIELD_ORDER: readonly FieldName[] = ["username", "displayName", "password", "role", "organisationId", "employerId"];

export const EMPTY_FORM: CreateUserFormValues = {
  username: "",
  displayName: "",
  password: "",
  role: "STAFF",
  employerId: "",
  organisationId: "",
};

/** Bureau accounts belong to an organisation (or the platform); employer accounts to an employer. */
export function needsOrganisation(role: AccountRole): boolean {
  return role !== "EMPLOYER";
}

/** Field errors by input name (the API's `["body", field]` paths included); others apart. */
export function getFieldErrors(issues: readonly IssueLike[]): { fieldErrors: FieldErrors; otherErrors: string[] } {
  return mapIssuesToFields(issues, FIELD_ORDER);
}

/**
 * Turns what was typed into the API request, checked with the same schema the API uses.
 * Blank optional fields are left out; the employer only counts for employer accounts, the
 * organisation only for ADMIN and STAFF ("" = the platform, sent as no organisation).
 */
export function toCreateUserRequest(
  values: CreateUserFormValues,
): { ok: true; request: CreateUserRequest } | { ok: false; fieldErrors: FieldErrors; otherErrors: string[] } {
  const candidate = {
    username: values.username,
    password: values.password,
    role: values.role,
    employerId: values.role === "EMPLOYER" && values.employerId !== "" ? values.employerId : undefined,
    organisationId: needsOrganisation(values.role) && values.organisationId !== "" ? values.organisationId : undefined,
    displayName: values.displayName.trim() === "" ? undefined : values.displayName,
  };
  const parsed = CreateUserRequestSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, ...getFieldErrors(parsed.error.issues) };
}

export function getFirstErrorField(errors: FieldErrors): FieldName | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}
