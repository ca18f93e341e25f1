// What the follow-up import looks up before it records a row through the placements service:
// whose placement a row names, and which placement an ID number's row means.
import type { Db } from "../../lib/prisma.ts";
import type { Scope } from "../../lib/scope.ts";
import { visiblePlacements } from "./placement-scope.ts";

export function createFollowUpImportRepository(db: Db) {
  return {
    /** The placement's employer, when it exists and lies in the scope. */
    findPlacementEmployer: async (id: string, scope: Scope) =>
      (await db.placement.findFirst({ where: { AND: [{ id }, visiblePlacements(scope)] }, select: { employerId: true } }))?.employerId ??
      null,

    /**
     * The current placement (ACTIVE or STABLE, the latest started) of the seeker with this
     * ID-number blind index, among those the scope sees, and for an employer only its own.
     */
    findCurrentPlacement: async (idNumberHash: string, scope: Scope, employerId: string | null) =>
      (
        await db.placement.findFirst({
          where: {
            AND: [
              { seeker: { idNumberHash }, status: { in: ["ACTIVE", "STABLE"] }, ...(employerId ? { employerId } : {}) },
              visiblePlacements(scope),
            ],
          },
          select: { id: true },
          orderBy: [{ startedOn: "desc" }, { id: "asc" }],
        })
      )?.id ?? null,
  };
}

export type FollowUpImportRepository = ReturnType<typeof createFollowUpImportRepository>;
