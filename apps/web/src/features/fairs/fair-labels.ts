import type { PovertyStatus, Role } from "@xiezuo/contracts";

// The words for fair and household statuses are STAFF_LABELS in the contracts.

/** Order of the chart: the households the policy targets first. */
export const POVERTY_STATUS_ORDER: readonly PovertyStatus[] = ["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"];

/** Fair figures are for the bureau and the fair desk (the API answers 403 to others). */
export function canSeeFairStats(role: Role): boolean {
  return role === "ADMIN" || role === "STAFF";
}
