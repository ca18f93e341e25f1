import { type CreateTransferRequest, CreateTransferRequestSchema, type TransportMode } from "@xiezuo/contracts";
import { type IssueLike, mapIssuesToFields } from "../../lib/form-errors.ts";
import { fromBeijingInput } from "../fairs/index.ts";

/** 计划输出: what the form holds, all as typed or picked (the departure in Beijing time). */
export interface TransferFormValues {
  title: string;
  /** A datetime-local value, read as Beijing time. */
  departsAt: string;
  transport: TransportMode;
  destinationRegionCode: string;
  /** Empty: no employer named (the people go to several). */
  employerId: string;
  /** Only a platform account names the bureau that organises it; empty otherwise. */
  organisationId: string;
}

export type TransferField = keyof TransferFormValues;
export type TransferFieldErrors = Partial<Record<TransferField, string>>;
export const TRANSFER_FIELD_ORDER: readonly TransferField[] = [
  "title",
  "departsAt",
  "transport",
  "destinationRegionCode",
  "employerId",
  "organisationId",
];

export const EMPTY_TRANSFER_FORM: TransferFormValues = {
  title: "",
  departsAt: "",
  transport: "BUS",
  destinationRegionCode: "",
  employerId: "",
  organisationId: "",
};

export type CheckedTransfer =
  | { ok: true; request: CreateTransferRequest }
  | { ok: false; fieldErrors: TransferFieldErrors; otherErrors: string[] };

/**
 * The form's values as the API's request, or plain Chinese for what is missing. A platform
 * account (no bureau of its own) must say which bureau organises the transfer.
 */
export function toCreateTransferRequest(values: TransferFormValues, options: { needsOrganisation: boolean }): CheckedTransfer {
  const errors: TransferFieldErrors = {};
  const title = values.title.trim();
  if (title.length < 2) errors.title = title ? "名称至少2个字" : "请填写名称，如：2025 春季赴济南务工专车";
  const departsAt = fromBeijingInput(values.departsAt);
  if (!departsAt) errors.departsAt = values.departsAt ? "出发时间不正确" : "请选择出发时间";
  if (!values.destinationRegionCode) errors.destinationRegionCode = "请选择目的地";
  if (options.needsOrganisation && !values.organisationId) errors.organisationId = "请选择组织输出的机构";
  const parsed = CreateTransferRequestSchema.safeParse({
    title,
    departsAt: departsAt ?? values.departsAt,
    transport: values.transport,
    destinationRegionCode: values.destinationRegionCode,
    ...(values.employerId ? { employerId: values.employerId } : {}),
    ...(options.needsOrganisation && values.organisationId ? { organisationId: values.organisationId } : {}),
  });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, request: parsed.data };
  return fail(errors, parsed.success ? [] : parsed.error.issues);
}

function fail(errors: TransferFieldErrors, issues: readonly IssueLike[]): CheckedTransfer {
  const mapped = mapIssuesToFields(issues, TRANSFER_FIELD_ORDER);
  // The form's own words win over the schema's for the same field.
  return { ok: false, fieldErrors: { ...mapped.fieldErrors, ...errors }, otherErrors: mapped.otherErrors };
}
