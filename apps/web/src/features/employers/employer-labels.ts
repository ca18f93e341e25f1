import type { EmployerKind } from "@xiezuo/contracts";

export const EMPLOYER_KINDS: readonly EmployerKind[] = ["SOE", "PRIVATE", "FOREIGN", "PUBLIC", "OTHER"];

export const EMPLOYER_KIND_LABELS: Record<EmployerKind, string> = {
  SOE: "国有企业",
  PRIVATE: "民营企业",
  FOREIGN: "外资企业",
  PUBLIC: "机关事业单位",
  OTHER: "其他",
};

/** Short forms for filter chips, where space is tight on a phone. */
export const EMPLOYER_KIND_SHORT_LABELS: Record<EmployerKind, string> = {
  SOE: "国企",
  PRIVATE: "民企",
  FOREIGN: "外企",
  PUBLIC: "事业单位",
  OTHER: "其他",
};
