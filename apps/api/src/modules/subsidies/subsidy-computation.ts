// Who earns a rule's subsidy, from the candidate placements (sql/subsidy-candidates.sql.ts):
// continuity is the rule that makes a placement STABLE, with the rule's minMonths.
import type { SubsidyAmounts, SubsidyKind } from "@xiezuo/contracts";
import { computePlacementStatus } from "../placements/placement-status.ts";

export interface Candidate {
  placementId: string;
  seekerId: string;
  employerId: string;
  startedOn: string;
  workRegionCode: string;
  homeRegionCode: string;
  followUps: readonly { checkedOn: string; employed: boolean }[];
}

export interface ComputeInput {
  kind: SubsidyKind;
  minMonths: number;
  amounts: SubsidyAmounts;
  asOf: string;
  candidates: readonly Candidate[];
  listed: { seekerIds: ReadonlySet<string>; employerIds: ReadonlySet<string> };
}

export interface ComputedEntry {
  seekerId: string | null;
  employerId: string | null;
  amount: number;
  placementIds: string[];
}

/** Continuous employment of at least minMonths by asOf (follow-ups after asOf are not counted). */
export function isContinuous(c: Candidate, minMonths: number, asOf: string): boolean {
  const followUps = c.followUps.filter((f) => f.checkedOn <= asOf);
  const { stableOn } = computePlacementStatus({ startedOn: c.startedOn, followUps, stableMonths: minMonths });
  return stableOn !== null && stableOn <= asOf;
}

/** outOfProvince, inProvince, or nothing for work in the home county. */
export function transportAmount(homeRegionCode: string, workRegionCode: string, amounts: { outOfProvince: number; inProvince: number }) {
  if (workRegionCode.slice(0, 2) !== homeRegionCode.slice(0, 2)) return amounts.outOfProvince;
  if (workRegionCode.slice(0, 6) !== homeRegionCode.slice(0, 6)) return amounts.inProvince;
  return 0;
}

export function computeEntries(input: ComputeInput): ComputedEntry[] {
  const qualifying = input.candidates.filter((c) => isContinuous(c, input.minMonths, input.asOf));
  if (input.kind === "TRANSPORT") {
    if (!("outOfProvince" in input.amounts)) return [];
    const amounts = input.amounts;
    const bySeeker = new Map<string, ComputedEntry>();
    for (const c of qualifying) {
      if (input.listed.seekerIds.has(c.seekerId)) continue;
      const amount = transportAmount(c.homeRegionCode, c.workRegionCode, amounts);
      if (amount <= 0) continue;
      const entry = bySeeker.get(c.seekerId) ?? { seekerId: c.seekerId, employerId: null, amount: 0, placementIds: [] };
      entry.amount = Math.max(entry.amount, amount);
      entry.placementIds.push(c.placementId);
      bySeeker.set(c.seekerId, entry);
    }
    return [...bySeeker.values()];
  }
  if (!("perWorker" in input.amounts)) return [];
  const perWorker = input.amounts.perWorker;
  const byEmployer = new Map<string, { workers: Set<string>; placementIds: string[] }>();
  for (const c of qualifying) {
    if (input.listed.employerIds.has(c.employerId)) continue;
    const group = byEmployer.get(c.employerId) ?? { workers: new Set<string>(), placementIds: [] };
    group.workers.add(c.seekerId);
    group.placementIds.push(c.placementId);
    byEmployer.set(c.employerId, group);
  }
  return [...byEmployer].map(([employerId, g]) => ({
    seekerId: null,
    employerId,
    amount: perWorker * g.workers.size,
    placementIds: g.placementIds,
  }));
}
