// 补贴规则: what the form holds (as typed) and the request it becomes, checked by the schema.
import { type CreateSubsidyRuleRequest, CreateSubsidyRuleRequestSchema, type PovertyStatus, type SubsidyKind } from "@xiezuo/contracts";
import { type IssueLike, mapIssuesToFields } from "../../lib/form-errors.ts";

export interface RuleFormValues {
  name: string;
  kind: SubsidyKind;
  year: string;
  minMonths: string;
  povertyStatuses: PovertyStatus[];
  outOfProvince: string;
  inProvince: string;
  perWorker: string;
  excludeOrganisedTransfer: boolean;
  /** Only a platform account names the bureau; empty otherwise. */
  organisationId: string;
}

export type RuleField = keyof RuleFormValues;
export type RuleFieldErrors = Partial<Record<RuleField, string>>;
export const RULE_FIELD_ORDER: readonly RuleField[] = [
  "name",
  "kind",
  "year",
  "minMonths",
  "povertyStatuses",
  "outOfProvince",
  "inProvince",
  "perWorker",
  "excludeOrganisedTransfer",
  "organisationId",
];

/** A fresh form: this year's transport subsidy for registered and lifted households, six months. */
export function emptyRuleForm(year: number): RuleFormValues {
  return {
    name: "",
    kind: "TRANSPORT",
    year: String(year),
    minMonths: "6",
    povertyStatuses: ["REGISTERED_POOR", "LIFTED", "MONITORED"],
    outOfProvince: "",
    inProvince: "",
    perWorker: "",
    excludeOrganisedTransfer: false,
    organisationId: "",
  };
}

/** The amount fields the kind asks for. */
export function amountFieldsOf(kind: SubsidyKind): readonly RuleField[] {
  return kind === "TRANSPORT" ? ["outOfProvince", "inProvince"] : ["perWorker"];
}

export type CheckedRule =
  | { ok: true; request: CreateSubsidyRuleRequest }
  | { ok: false; fieldErrors: RuleFieldErrors; otherErrors: string[] };

const WHOLE = /^\s*\d+\s*$/;

/** A whole number typed in (full-width digits too), or NaN. */
export function readWhole(text: string): number {
  const ascii = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  return WHOLE.test(ascii) ? Number(ascii.trim()) : Number.NaN;
}

export function toCreateRuleRequest(values: RuleFormValues, options: { needsOrganisation: boolean }): CheckedRule {
  const fieldErrors: RuleFieldErrors = {};
  const number = (field: "year" | "minMonths" | "outOfProvince" | "inProvince" | "perWorker", message: string): number => {
    const value = readWhole(values[field]);
    if (Number.isNaN(value)) fieldErrors[field] = message;
    return value;
  };
  const year = number("year", "请填写四位数的年度");
  const minMonths = number("minMonths", "请填写整月数");
  const amounts =
    values.kind === "TRANSPORT"
      ? { outOfProvince: number("outOfProvince", "请填写金额（元，整数）"), inProvince: number("inProvince", "请填写金额（元，整数）") }
      : { perWorker: number("perWorker", "请填写金额（元，整数）") };
  if (options.needsOrganisation && !values.organisationId) fieldErrors.organisationId = "请选择机构";
  if (values.povertyStatuses.length === 0) fieldErrors.povertyStatuses = "至少选一类家庭";

  const parsed = CreateSubsidyRuleRequestSchema.safeParse({
    name: values.name,
    kind: values.kind,
    year,
    minMonths,
    povertyStatuses: values.povertyStatuses,
    amounts,
    excludeOrganisedTransfer: values.excludeOrganisedTransfer,
    ...(options.needsOrganisation && values.organisationId ? { organisationId: values.organisationId } : {}),
  });
  if (!parsed.success) {
    const issues: IssueLike[] = parsed.error.issues.map((issue) => ({ path: flattenPath(issue.path), message: issue.message }));
    const mapped = mapIssuesToFields(issues, RULE_FIELD_ORDER);
    for (const [field, message] of Object.entries(mapped.fieldErrors) as [RuleField, string][]) fieldErrors[field] ??= message;
    return { ok: false, fieldErrors, otherErrors: mapped.otherErrors };
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors, otherErrors: [] };
  return { ok: true, request: parsed.data };
}

/** amounts.perWorker → perWorker, so the error lands on its own input. */
function flattenPath(path: readonly PropertyKey[]): (string | number)[] {
  const keys = path.filter((key): key is string | number => typeof key !== "symbol");
  return keys[0] === "amounts" ? keys.slice(1) : keys;
}
