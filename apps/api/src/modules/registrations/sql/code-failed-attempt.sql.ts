import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/**
 * Counts a wrong code atomically (parallel guesses cannot share a try): $1 the row, $2 the
 * tries allowed. No row when it takes no more guesses (spent, or the tries are used up).
 */
function codeFailedAttempt(name: string, table: "registrations" | "seeker_sign_ins", spentAt: "confirmedAt" | "usedAt") {
  return sqlStatement<[id: string, maxAttempts: number]>()({
    name,
    text: `
    UPDATE ${table} SET "failedAttempts" = "failedAttempts" + 1
    WHERE id = $1::uuid AND "${spentAt}" IS NULL AND "failedAttempts" < $2
    RETURNING "failedAttempts"`,
    row: z.strictObject({ failedAttempts: z.number().int() }),
  });
}

/** A wrong code for a pre-registration (spent once confirmed). */
export const REGISTRATION_FAILED_ATTEMPT = codeFailedAttempt("registrations_failed_attempt_v1", "registrations", "confirmedAt");

/** A wrong code for a phone sign-in (spent once used). */
export const SIGN_IN_FAILED_ATTEMPT = codeFailedAttempt("sign_ins_failed_attempt_v1", "seeker_sign_ins", "usedAt");
