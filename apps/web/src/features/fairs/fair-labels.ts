import type { FairStatus, PovertyStatus, Role } from "@xiezuo/contracts";

export const FAIR_STATUS_LABELS: Record<FairStatus, string> = {
  DRAFT: "筹备中",
  OPEN: "进行中",
  CLOSED: "已结束",
};

/** Order of the chart: the households the policy targets first. */
export const POVERTY_STATUS_ORDER: readonly PovertyStatus[] = ["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"];

export const POVERTY_STATUS_LABELS: Record<PovertyStatus, string> = {
  REGISTERED_POOR: "建档立卡户",
  LIFTED: "脱贫户",
  MONITORED: "防返贫监测户",
  NONE: "一般户",
};

/** Fair figures are for the bureau and the fair desk (the API answers 403 to others). */
export function canSeeFairStats(role: Role): boolean {
  return role === "ADMIN" || role === "STAFF";
}
