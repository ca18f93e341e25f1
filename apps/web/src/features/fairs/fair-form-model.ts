import {
  type CreateFairRequest,
  CreateFairRequestSchema,
  type Fair,
  type FairStatus,
  type UpdateFairRequest,
  UpdateFairRequestSchema,
} from "@xiezuo/contracts";
import { type IssueLike, mapIssuesToFields } from "../../lib/form-errors.ts";

/** Fairs are planned in Beijing time whatever the device's zone; China has no daylight saving. */
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** An instant as the value of a datetime-local input, in Beijing time: "2025-06-01T09:00". */
export function toBeijingInput(instant: string): string {
  return new Date(Date.parse(instant) + BEIJING_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Beijing time: "2025-06-01T09:00" → "2025-06-01T09:00:00+08:00". */
export function fromBeijingInput(value: string): string | null {
  if (!LOCAL_INPUT.test(value)) return null;
  const instant = `${value}:00+08:00`;
  // Reject impossible dates such as 2月30日, which Date would roll over.
  return toBeijingInput(instant) === value ? instant : null;
}

export interface FairFormValues {
  title: string;
  venue: string;
  startsAt: string;
  endsAt: string;
  hostRegionCode: string;
  partnerRegionCode: string;
}

export type FairField = keyof FairFormValues;
export type FairFieldErrors = Partial<Record<FairField, string>>;
export const FAIR_FIELD_ORDER: readonly FairField[] = ["title", "venue", "startsAt", "endsAt", "hostRegionCode", "partnerRegionCode"];

export const EMPTY_FAIR_FORM: FairFormValues = {
  title: "",
  venue: "",
  startsAt: "",
  endsAt: "",
  hostRegionCode: "",
  partnerRegionCode: "",
};

export function toFairFormValues(fair: Fair): FairFormValues {
  return {
    title: fair.title,
    venue: fair.venue,
    startsAt: toBeijingInput(fair.startsAt),
    endsAt: toBeijingInput(fair.endsAt),
    hostRegionCode: fair.hostRegionCode,
    partnerRegionCode: fair.partnerRegionCode ?? "",
  };
}

type Checked<R> = { ok: true; request: R } | { ok: false; fieldErrors: FairFieldErrors; otherErrors: string[] };

/** Plain Chinese for what is missing or too short, before the schema's own rules. */
function checkTexts(values: FairFormValues): { errors: FairFieldErrors; startsAt: string | null; endsAt: string | null } {
  const errors: FairFieldErrors = {};
  if (values.title.trim().length < 2) errors.title = values.title.trim() ? "名称至少2个字" : "请填写招聘会名称";
  if (values.venue.trim().length < 2) errors.venue = values.venue.trim() ? "地点至少2个字" : "请填写举办地点";
  const startsAt = fromBeijingInput(values.startsAt);
  const endsAt = fromBeijingInput(values.endsAt);
  if (!startsAt) errors.startsAt = values.startsAt ? "开始时间不正确" : "请选择开始时间";
  if (!endsAt) errors.endsAt = values.endsAt ? "结束时间不正确" : "请选择结束时间";
  return { errors, startsAt, endsAt };
}

function fail(errors: FairFieldErrors, issues: readonly IssueLike[]): Checked<never> {
  const mapped = mapIssuesToFields(issues, FAIR_FIELD_ORDER);
  return { ok: false, fieldErrors: { ...mapped.fieldErrors, ...errors }, otherErrors: mapped.otherErrors };
}

export function toCreateFairRequest(values: FairFormValues): Checked<CreateFairRequest> {
  const { errors, startsAt, endsAt } = checkTexts(values);
  const parsed = CreateFairRequestSchema.safeParse({
    title: values.title,
    venue: values.venue,
    startsAt: startsAt ?? values.startsAt,
    endsAt: endsAt ?? values.endsAt,
    hostRegionCode: values.hostRegionCode.trim(),
    partnerRegionCode: values.partnerRegionCode.trim() || undefined,
  });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, request: parsed.data };
  return fail(errors, parsed.success ? [] : parsed.error.issues);
}

/** Only the changed fields (region codes are fixed once a fair exists). */
export function toUpdateFairRequest(values: FairFormValues, original: Fair): Checked<UpdateFairRequest> {
  const { errors, startsAt, endsAt } = checkTexts(values);
  if (Object.keys(errors).length > 0) return fail(errors, []);
  const change: UpdateFairRequest = {};
  if (values.title.trim() !== original.title) change.title = values.title.trim();
  if (values.venue.trim() !== original.venue) change.venue = values.venue.trim();
  if (startsAt && Date.parse(startsAt) !== Date.parse(original.startsAt)) change.startsAt = startsAt;
  if (endsAt && Date.parse(endsAt) !== Date.parse(original.endsAt)) change.endsAt = endsAt;
  if (startsAt && endsAt && Date.parse(startsAt) >= Date.parse(endsAt)) return fail({ endsAt: "结束时间应晚于开始时间" }, []);
  if (Object.keys(change).length === 0) return { ok: false, fieldErrors: {}, otherErrors: ["没有修改任何内容"] };
  const parsed = UpdateFairRequestSchema.safeParse(change);
  return parsed.success ? { ok: true, request: parsed.data } : fail({}, parsed.error.issues);
}

export interface StatusAction {
  to: FairStatus;
  label: string;
  question: string;
  explanation: string;
}

/** The next step of a fair's life: 筹备中 → 进行中 → 已结束. A closed fair has none. */
export function getNextStatusAction(status: FairStatus): StatusAction | null {
  switch (status) {
    case "DRAFT":
      return {
        to: "OPEN",
        label: "开始招聘会",
        question: "现在开始这场招聘会？",
        explanation: "开始后，工作人员就能为求职者签到、登记就业意向。",
      };
    case "OPEN":
      return {
        to: "CLOSED",
        label: "结束招聘会",
        question: "结束这场招聘会？",
        explanation: "结束后将不能再签到或登记就业意向，已记录的数据会保留。",
      };
    case "CLOSED":
      return null;
  }
}

/** Opening this much ahead of the start asks for a deliberate second "yes". */
const EARLY_OPENING_MS = 12 * 3_600_000;

/**
 * How long before its start a fair would be opened now, in whole days (at least 1), or null
 * when it is not early: a check-in desk opened days ahead records arrivals on the wrong day.
 */
export function earlyOpeningDays(fair: Pick<Fair, "startsAt">, now: Date): number | null {
  const ahead = Date.parse(fair.startsAt) - now.getTime();
  return ahead > EARLY_OPENING_MS ? Math.max(1, Math.round(ahead / 86_400_000)) : null;
}
