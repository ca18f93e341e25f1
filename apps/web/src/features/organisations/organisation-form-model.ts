import { type CreateOrganisationRequest, CreateOrganisationRequestSchema } from "@xiezuo/contracts";
import { mapIssuesToFields } from "../../lib/form-errors.ts";

export interface OrganisationFormValues {
  name: string;
  regionCode: string;
}

export type OrganisationField = keyof OrganisationFormValues;

/** Order of the inputs, so focus goes to the first field with an error. */
export const ORGANISATION_FIELD_ORDER: readonly OrganisationField[] = ["name", "regionCode"];

export const EMPTY_ORGANISATION_FORM: OrganisationFormValues = { name: "", regionCode: "" };

/** The words for a name the API already holds (409). */
export const DUPLICATE_NAME_MESSAGE = "已有同名机构";

/** What was typed, checked with the API's own schema; a region is picked, so a blank one reads as not picked. */
export function toCreateOrganisationRequest(
  values: OrganisationFormValues,
):
  | { ok: true; request: CreateOrganisationRequest }
  | { ok: false; fieldErrors: Partial<Record<OrganisationField, string>>; otherErrors: string[] } {
  const parsed = CreateOrganisationRequestSchema.safeParse(values);
  if (parsed.success) return { ok: true, request: parsed.data };
  const mapped = mapIssuesToFields(parsed.error.issues, ORGANISATION_FIELD_ORDER);
  if (values.regionCode === "") mapped.fieldErrors.regionCode = "请选择机构所在地区";
  return { ok: false, ...mapped };
}
