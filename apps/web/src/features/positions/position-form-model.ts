import {
  type CreatePositionRequest,
  CreatePositionRequestSchema,
  type GenderRequirement,
  type Position,
  type UpdatePositionRequest,
  UpdatePositionRequestSchema,
} from "@xiezuo/contracts";
import { type IssueLike, mapIssuesToFields } from "../../lib/form-errors.ts";

/** What the inputs hold: text as typed, so a half-typed number is not lost. */
export interface PositionFormValues {
  employerId: string;
  title: string;
  description: string;
  openings: string;
  wageMin: string;
  wageMax: string;
  city: string;
  foodProvided: boolean;
  lodgingProvided: boolean;
  ageMin: string;
  ageMax: string;
  gender: GenderRequirement;
  /** Separated by commas, 、 or spaces. */
  tags: string;
  fairIds: string[];
}

export type PositionField = keyof PositionFormValues;
export type PositionFieldErrors = Partial<Record<PositionField, string>>;

export const POSITION_FIELD_ORDER: readonly PositionField[] = [
  "employerId",
  "title",
  "description",
  "openings",
  "wageMin",
  "wageMax",
  "city",
  "foodProvided",
  "lodgingProvided",
  "ageMin",
  "ageMax",
  "gender",
  "tags",
  "fairIds",
];

export const EMPTY_POSITION_FORM: PositionFormValues = {
  employerId: "",
  title: "",
  description: "",
  openings: "",
  wageMin: "",
  wageMax: "",
  city: "",
  foodProvided: false,
  lodgingProvided: false,
  ageMin: "",
  ageMax: "",
  gender: "ANY",
  tags: "",
  fairIds: [],
};

const MAX_TAG_LENGTH = 20;
const NUMBER_LIMITS = {
  openings: { label: "招聘人数", max: 100_000, required: true },
  wageMin: { label: "最低月工资", max: 1_000_000, required: true },
  wageMax: { label: "最高月工资", max: 1_000_000, required: true },
  ageMin: { label: "最小年龄", max: 70, required: false },
  ageMax: { label: "最大年龄", max: 70, required: false },
} as const;
type NumberField = keyof typeof NUMBER_LIMITS;

export function toPositionFormValues(position: Position): PositionFormValues {
  return {
    employerId: position.employerId,
    title: position.title,
    description: position.description,
    openings: String(position.openings),
    wageMin: String(position.wageMin),
    wageMax: String(position.wageMax),
    city: position.city,
    foodProvided: position.foodProvided,
    lodgingProvided: position.lodgingProvided,
    ageMin: position.ageMin === null ? "" : String(position.ageMin),
    ageMax: position.ageMax === null ? "" : String(position.ageMax),
    gender: position.gender,
    tags: position.tags.join("、"),
    fairIds: [...position.fairIds],
  };
}

/** "电焊, 氩弧焊、 持证 电焊" → ["电焊", "氩弧焊", "持证"]. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** Reads the number inputs; anything but whole numbers in range is a field error here. */
function readNumbers(values: PositionFormValues): { numbers: Partial<Record<NumberField, number>>; errors: PositionFieldErrors } {
  const numbers: Partial<Record<NumberField, number>> = {};
  const errors: PositionFieldErrors = {};
  for (const [field, limit] of Object.entries(NUMBER_LIMITS) as [NumberField, (typeof NUMBER_LIMITS)[NumberField]][]) {
    const text = values[field].trim().replace(/[,，]/g, "");
    if (text === "") {
      if (limit.required) errors[field] = `请填写${limit.label}`;
      continue;
    }
    if (!/^\d+$/.test(text)) errors[field] = `${limit.label}请填写整数`;
    else if (Number(text) > limit.max) errors[field] = `${limit.label}不能超过 ${limit.max}`;
    else numbers[field] = Number(text);
  }
  return { numbers, errors };
}

function checkTags(tags: string[]): string | null {
  return tags.some((tag) => tag.length > MAX_TAG_LENGTH) ? `每个标签不超过${MAX_TAG_LENGTH}个字` : null;
}

type Checked<R> = { ok: true; request: R } | { ok: false; fieldErrors: PositionFieldErrors; otherErrors: string[] };

function fail(fieldErrors: PositionFieldErrors, issues: readonly IssueLike[] = []): Checked<never> {
  const mapped = mapIssuesToFields(issues, POSITION_FIELD_ORDER);
  return { ok: false, fieldErrors: { ...mapped.fieldErrors, ...fieldErrors }, otherErrors: mapped.otherErrors };
}

/**
 * The create request, checked with the contract's schema. `employerId` is sent only by an
 * admin; an employer account always posts for its own employer.
 */
export function toCreatePositionRequest(values: PositionFormValues, options: { withEmployer: boolean }): Checked<CreatePositionRequest> {
  const { numbers, errors } = readNumbers(values);
  const tags = parseTags(values.tags);
  const tagError = checkTags(tags);
  if (tagError) errors.tags = tagError;
  if (options.withEmployer && values.employerId === "") errors.employerId = "请选择招聘单位";
  const parsed = CreatePositionRequestSchema.safeParse({
    employerId: options.withEmployer && values.employerId ? values.employerId : undefined,
    title: values.title,
    description: values.description,
    openings: numbers.openings,
    wageMin: numbers.wageMin,
    wageMax: numbers.wageMax,
    city: values.city,
    foodProvided: values.foodProvided,
    lodgingProvided: values.lodgingProvided,
    ageMin: numbers.ageMin,
    ageMax: numbers.ageMax,
    gender: values.gender,
    tags,
    fairIds: values.fairIds,
  });
  // Fields with a local error keep that clearer message over the schema's.
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, request: parsed.data };
  return fail(errors, parsed.success ? [] : parsed.error.issues.filter((issue) => errors[issue.path[0] as PositionField] === undefined));
}

function isSameList(a: readonly string[], b: readonly string[], ordered: boolean): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = ordered ? [a, b] : [[...a].sort(), [...b].sort()];
  return x.every((item, index) => item === y[index]);
}

/** Only what changed, so an untouched fair link is never re-checked; nothing changed → an error. */
export function toUpdatePositionRequest(values: PositionFormValues, original: Position): Checked<UpdatePositionRequest> {
  const created = toCreatePositionRequest(values, { withEmployer: false });
  if (!created.ok) return created;
  const next = created.request;
  const change: UpdatePositionRequest = {};
  if (next.title !== original.title) change.title = next.title;
  if (next.description !== original.description) change.description = next.description;
  if (next.openings !== original.openings) change.openings = next.openings;
  if (next.wageMin !== original.wageMin) change.wageMin = next.wageMin;
  if (next.wageMax !== original.wageMax) change.wageMax = next.wageMax;
  if (next.city !== original.city) change.city = next.city;
  if (next.foodProvided !== original.foodProvided) change.foodProvided = next.foodProvided;
  if (next.lodgingProvided !== original.lodgingProvided) change.lodgingProvided = next.lodgingProvided;
  if ((next.ageMin ?? null) !== original.ageMin) change.ageMin = next.ageMin ?? null;
  if ((next.ageMax ?? null) !== original.ageMax) change.ageMax = next.ageMax ?? null;
  if (next.gender !== original.gender) change.gender = next.gender;
  if (!isSameList(next.tags, original.tags, true)) change.tags = next.tags;
  if (!isSameList(next.fairIds, original.fairIds, false)) change.fairIds = next.fairIds;
  if (Object.keys(change).length === 0) return { ok: false, fieldErrors: {}, otherErrors: ["没有修改任何内容"] };
  const parsed = UpdatePositionRequestSchema.safeParse(change);
  return parsed.success ? { ok: true, request: parsed.data } : fail({}, parsed.error.issues);
}
