import { type CreateSeekerRequest, CreateSeekerRequestSchema } from "@xiezuo/contracts";

export interface RegisterSeekerValues {
  name: string;
  idNumber: string;
  phone: string;
  householdCode: string;
  /** 想做什么工作: words of the job-family dictionary. */
  jobFamilies: string[];
  consent: boolean;
}

export type RegisterField = keyof RegisterSeekerValues;
export type RegisterFieldErrors = Partial<Record<RegisterField, string>>;

export const REGISTER_FIELD_ORDER: readonly RegisterField[] = ["name", "idNumber", "phone", "householdCode", "jobFamilies", "consent"];

export const EMPTY_REGISTER_VALUES: RegisterSeekerValues = {
  name: "",
  idNumber: "",
  phone: "",
  householdCode: "",
  jobFamilies: [],
  consent: false,
};

const EMPTY_MESSAGES: Partial<Record<RegisterField, string>> = {
  name: "请输入姓名",
  idNumber: "请输入身份证号",
  phone: "请输入手机号",
};

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** Field errors from zod or API issues; the API nests them under "body". */
export function getRegisterFieldErrors(issues: readonly IssueLike[]): { fieldErrors: RegisterFieldErrors; otherErrors: string[] } {
  const fieldErrors: RegisterFieldErrors = {};
  const otherErrors: string[] = [];
  for (const issue of issues) {
    const path = issue.path[0] === "body" ? issue.path.slice(1) : issue.path;
    const field = path[0];
    if (typeof field === "string" && (REGISTER_FIELD_ORDER as readonly string[]).includes(field)) {
      fieldErrors[field as RegisterField] ??= issue.message;
    } else {
      otherErrors.push(issue.message);
    }
  }
  return { fieldErrors, otherErrors };
}

/**
 * Checks the form with the API's own schema (ID number check digit, mobile number, consent),
 * so staff see the reason in Chinese before anything is sent.
 */
export function toCreateSeekerRequest(
  values: RegisterSeekerValues,
): { ok: true; request: CreateSeekerRequest } | { ok: false; fieldErrors: RegisterFieldErrors; otherErrors: string[] } {
  const householdCode = values.householdCode.trim();
  const parsed = CreateSeekerRequestSchema.safeParse({
    name: values.name,
    idNumber: values.idNumber,
    phone: values.phone,
    householdCode: householdCode === "" ? undefined : householdCode,
    jobFamilies: values.jobFamilies.length > 0 ? values.jobFamilies : undefined,
    consent: values.consent,
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  const result = getRegisterFieldErrors(parsed.error.issues);
  for (const [field, message] of Object.entries(EMPTY_MESSAGES) as [RegisterField, string][]) {
    if (result.fieldErrors[field] && String(values[field]).trim() === "") result.fieldErrors[field] = message;
  }
  return { ok: false, ...result };
}

export function getFirstRegisterErrorField(errors: RegisterFieldErrors): RegisterField | undefined {
  return REGISTER_FIELD_ORDER.find((field) => errors[field] !== undefined);
}
