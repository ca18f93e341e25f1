/** Turning validation issues (from a zod parse or the API's 400 answer) into per-field text. */

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

const HAN = /\p{Script=Han}/u;

/** zod's own messages are English; show a plain Chinese sentence instead. */
export function toChineseMessage(message: string, fallback = "填写的内容不符合要求"): string {
  return HAN.test(message) ? message : fallback;
}

/**
 * Field errors by field name; issues about no known field come back apart. The API puts
 * "body" in front of body paths (`["body", "wageMax"]`); a form's own parse does not.
 */
export function mapIssuesToFields<F extends string>(
  issues: readonly IssueLike[],
  fields: readonly F[],
): { fieldErrors: Partial<Record<F, string>>; otherErrors: string[] } {
  const fieldErrors: Partial<Record<F, string>> = {};
  const otherErrors: string[] = [];
  for (const issue of issues) {
    const path = issue.path[0] === "body" ? issue.path.slice(1) : issue.path;
    const field = path[0];
    const message = toChineseMessage(issue.message);
    if (typeof field === "string" && (fields as readonly string[]).includes(field)) {
      fieldErrors[field as F] ??= message;
    } else {
      otherErrors.push(message);
    }
  }
  return { fieldErrors, otherErrors };
}

/** The first field (in form order) that has an error, to move focus there. */
export function getFirstErrorField<F extends string>(errors: Partial<Record<F, string>>, order: readonly F[]): F | undefined {
  return order.find((field) => errors[field] !== undefined);
}
