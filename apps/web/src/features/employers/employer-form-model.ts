import { type CreateEmployerRequest, CreateEmployerRequestSchema, type EmployerKind } from "@xiezuo/contracts";
import { mapIssuesToFields } from "../../lib/form-errors.ts";

export interface EmployerFormValues {
  name: string;
  shortName: string;
  creditCode: string;
  kind: EmployerKind;
  regionCode: string;
  city: string;
}

export type EmployerField = keyof EmployerFormValues;
export type EmployerFieldErrors = Partial<Record<EmployerField, string>>;
export const EMPLOYER_FIELD_ORDER: readonly EmployerField[] = ["name", "shortName", "creditCode", "kind", "regionCode", "city"];

export const EMPTY_EMPLOYER_FORM: EmployerFormValues = {
  name: "",
  shortName: "",
  creditCode: "",
  kind: "PRIVATE",
  regionCode: "",
  city: "",
};

const REQUIRED: Partial<Record<EmployerField, string>> = {
  name: "请填写企业全称",
  creditCode: "请填写统一社会信用代码",
  regionCode: "请填写所在地区划代码",
  city: "请填写所在城市",
};

/** The request, checked with the contract's schema (credit-code check character included). */
export function toCreateEmployerRequest(
  values: EmployerFormValues,
): { ok: true; request: CreateEmployerRequest } | { ok: false; fieldErrors: EmployerFieldErrors; otherErrors: string[] } {
  const parsed = CreateEmployerRequestSchema.safeParse({
    name: values.name,
    shortName: values.shortName.trim() || undefined,
    // Codes are often copied with spaces from a licence photo or a spreadsheet.
    creditCode: values.creditCode.replace(/\s+/g, "").toUpperCase(),
    kind: values.kind,
    regionCode: values.regionCode.trim(),
    city: values.city,
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  const mapped = mapIssuesToFields(parsed.error.issues, EMPLOYER_FIELD_ORDER);
  // An empty required field gets "please fill in" rather than a rule about its format.
  for (const [field, message] of Object.entries(REQUIRED) as [EmployerField, string][]) {
    if (mapped.fieldErrors[field] && values[field].trim() === "") mapped.fieldErrors[field] = message;
  }
  return { ok: false, ...mapped };
}
