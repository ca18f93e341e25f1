// The cooperation report's counts: distinct seekers, each a COUNT in SQL (never rows loaded
// and filtered). Both regions arrive as code ranges from lib/scope.ts.
import type { PovertyStatus } from "@xiezuo/contracts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../lib/prisma.ts";

export interface CooperationWindow {
  exporting: { gte: string; lt: string };
  importing: { gte: string; lt: string };
  /** `@db.Date` values, both ends included. */
  from: Date;
  to: Date;
}

const POVERTY: readonly PovertyStatus[] = ["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"];

export function createCooperationRepository(db: Db) {
  return {
    async count(window: CooperationWindow) {
      const transferred: Prisma.SeekerWhereInput = {
        homeRegionCode: window.exporting,
        placements: { some: { workRegionCode: window.importing, startedOn: { gte: window.from, lte: window.to } } },
      };
      const heldThere = (statuses: ("ACTIVE" | "STABLE")[]): Prisma.SeekerWhereInput => ({
        AND: [transferred, { placements: { some: { workRegionCode: window.importing, status: { in: statuses } } } }],
      });
      const ofStatus = (status: PovertyStatus): Prisma.SeekerWhereInput =>
        status === "NONE"
          ? { AND: [transferred, { OR: [{ householdId: null }, { household: { povertyStatus: "NONE" } }] }] }
          : { AND: [transferred, { household: { povertyStatus: status } }] };
      const [all, employedNow, stable, ...byStatus] = await Promise.all([
        db.seeker.count({ where: transferred }),
        db.seeker.count({ where: heldThere(["ACTIVE", "STABLE"]) }),
        db.seeker.count({ where: heldThere(["STABLE"]) }),
        ...POVERTY.map((status) => db.seeker.count({ where: ofStatus(status) })),
      ]);
      const byPovertyStatus = Object.fromEntries(POVERTY.map((status, i) => [status, byStatus[i] ?? 0])) as Record<PovertyStatus, number>;
      return { transferred: all, employedNow, stable, byPovertyStatus };
    },
  };
}

export type CooperationRepository = ReturnType<typeof createCooperationRepository>;
