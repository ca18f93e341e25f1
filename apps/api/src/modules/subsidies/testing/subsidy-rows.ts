// Subsidy rules, rosters and placements written directly, for tests that need them in a given state.
import type { Db } from "../../../lib/prisma.ts";

export function createSubsidyRuleRow(db: Db, input: { organisationId: string; year?: number; minMonths?: number }) {
  return db.subsidyRule.create({
    data: {
      organisationId: input.organisationId,
      name: "外出务工交通补贴",
      kind: "TRANSPORT",
      year: input.year ?? 2026,
      minMonths: input.minMonths ?? 3,
      povertyStatuses: ["REGISTERED_POOR", "LIFTED", "MONITORED"],
      amounts: { outOfProvince: 600, inProvince: 300 },
    },
  });
}

/** A roster of the rule with one entry per seeker (600 each), in `status`. */
export function createRosterRow(db: Db, ruleId: string, seekerIds: string[], status: "DRAFT" | "PUBLISHED" | "APPROVED" = "DRAFT") {
  return db.subsidyRoster.create({
    data: {
      ruleId,
      asOf: new Date("2026-12-01T00:00:00Z"),
      status,
      entries: { create: seekerIds.map((seekerId) => ({ ruleId, seekerId, amount: 600, placementIds: [] })) },
    },
    include: { entries: true },
  });
}

/** A placement started on `startedOn` with an employed follow-up every month for `months` months. */
export async function createWorkedPlacement(
  db: Db,
  input: { seekerId: string; employerId: string; startedOn: string; workRegionCode: string; workCity?: string; months: number },
) {
  const placement = await db.placement.create({
    data: {
      seekerId: input.seekerId,
      employerId: input.employerId,
      startedOn: new Date(`${input.startedOn}T00:00:00Z`),
      monthlyWage: 5000,
      workCity: input.workCity ?? "济南",
      workRegionCode: input.workRegionCode,
      channel: "OTHER",
    },
  });
  const [y, m, d] = input.startedOn.split("-").map(Number) as [number, number, number];
  const followUps = Array.from({ length: input.months }, (_, i) => {
    const date = new Date(Date.UTC(y, m - 1 + i + 1, d));
    return { placementId: placement.id, checkedOn: date, employed: true };
  });
  if (followUps.length > 0) await db.followUp.createMany({ data: followUps });
  return placement;
}
