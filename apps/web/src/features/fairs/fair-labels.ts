import type { Role } from "@xiezuo/contracts";

// The words for fair and household statuses are STAFF_LABELS in the contracts.

/** Fair figures are for the bureau and the fair desk (the API answers 403 to others). */
export function canSeeFairStats(role: Role): boolean {
  return role === "ADMIN" || role === "STAFF";
}
