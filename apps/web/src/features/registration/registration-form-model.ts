import { type PublicRegistrationRequest, PublicRegistrationRequestSchema, VERIFICATION_CODE_LENGTH } from "@xiezuo/contracts";
import { type IssueLike, mapIssuesToFields } from "../../lib/form-errors.ts";
import { getCityChoices } from "../jobs/index.ts";

/** What the person types on the public registration page (kept in memory only, never stored). */
export interface RegistrationValues {
  name: string;
  idNumber: string;
  phone: string;
  householdCode: string;
  /** 想做什么工作: words of the job-family dictionary. */
  jobFamilies: string[];
  preferredCities: string[];
  expectedWageMin: number | null;
  consent: boolean;
}

export type RegistrationField = keyof RegistrationValues;
export type RegistrationFieldErrors = Partial<Record<RegistrationField, string>>;

export const REGISTRATION_FIELD_ORDER: readonly RegistrationField[] = [
  "name",
  "idNumber",
  "phone",
  "householdCode",
  "jobFamilies",
  "preferredCities",
  "expectedWageMin",
  "consent",
];

export const EMPTY_REGISTRATION: RegistrationValues = {
  name: "",
  idNumber: "",
  phone: "",
  householdCode: "",
  jobFamilies: [],
  preferredCities: [],
  expectedWageMin: null,
  consent: false,
};

/** The 期望月薪 chips: "3000以上" and so on; none chosen means 不限. */
export const EXPECTED_WAGE_CHOICES: readonly number[] = [3000, 4000, 5000, 6000];

/** Most cities a person may pick (the API accepts ten; a phone screen shows fewer). */
export const MAX_PREFERRED_CITIES = 5;

/** Offered when the fair's positions cannot be counted (search down): the usual destinations. */
const FALLBACK_CITIES = ["济南", "吉首", "长沙"] as const;

const EMPTY_MESSAGES: Partial<Record<RegistrationField, string>> = {
  name: "请填写您的姓名",
  idNumber: "请填写您的身份证号",
  phone: "请填写您的手机号，验证码会发到这个号码",
};

export type RegistrationCheck =
  | { ok: true; request: PublicRegistrationRequest }
  | { ok: false; fieldErrors: RegistrationFieldErrors; otherErrors: string[] };

/** Field errors from the form's own check or from the API's 400 answer. */
export function getRegistrationFieldErrors(issues: readonly IssueLike[]) {
  return mapIssuesToFields(issues, REGISTRATION_FIELD_ORDER);
}

/** Checks the form with the API's own schema, so the reason shows before anything is sent. */
export function toRegistrationRequest(values: RegistrationValues): RegistrationCheck {
  const householdCode = values.householdCode.trim();
  const parsed = PublicRegistrationRequestSchema.safeParse({
    name: values.name,
    idNumber: values.idNumber,
    phone: values.phone,
    householdCode: householdCode === "" ? undefined : householdCode,
    jobFamilies: values.jobFamilies.length > 0 ? values.jobFamilies : undefined,
    preferredCities: values.preferredCities.length > 0 ? values.preferredCities : undefined,
    expectedWageMin: values.expectedWageMin ?? undefined,
    consent: values.consent,
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  const result = getRegistrationFieldErrors(parsed.error.issues);
  for (const [field, message] of Object.entries(EMPTY_MESSAGES) as [RegistrationField, string][]) {
    if (result.fieldErrors[field] && String(values[field]).trim() === "") result.fieldErrors[field] = message;
  }
  if (result.fieldErrors.consent) result.fieldErrors.consent = "请先阅读上面的说明，同意后勾选";
  return { ok: false, ...result };
}

export function getFirstRegistrationErrorField(errors: RegistrationFieldErrors): RegistrationField | undefined {
  return REGISTRATION_FIELD_ORDER.find((field) => errors[field] !== undefined);
}

/** Chips for 意向城市: where the fair's positions are (most first), always with the chosen ones. */
export function getRegistrationCities(facets: Readonly<Record<string, number>> | null, chosen: readonly string[]): string[] {
  const counted = facets ? getCityChoices(facets, null, 6).map((choice) => choice.value) : [];
  const offered = counted.length > 0 ? counted : [...FALLBACK_CITIES];
  return [...offered, ...chosen.filter((city) => !offered.includes(city))];
}

/** Adds or removes a city, keeping at most MAX_PREFERRED_CITIES (the oldest choice gives way). */
export function toggleCity(chosen: readonly string[], city: string): string[] {
  if (chosen.includes(city)) return chosen.filter((c) => c !== city);
  return [...chosen, city].slice(-MAX_PREFERRED_CITIES);
}

/** What a person types or pastes as the code: digits only ("验证码 123 456" → "123456"), at most six. */
export function cleanCode(input: string): string {
  return input.replace(/\D/g, "").slice(0, VERIFICATION_CODE_LENGTH);
}
