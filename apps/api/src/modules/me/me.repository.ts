import type { Db } from "../../lib/prisma.ts";
import { queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { MY_FAIRS_LIST } from "./sql/my-fairs-list.sql.ts";

/** An intent as its own seeker sees it: the position in words, never anybody's personal data. */
const MY_INTENT_VIEW = {
  id: true,
  positionId: true,
  fairId: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  position: { select: { title: true, city: true, employer: { select: { name: true } } } },
} as const;

export type MyFairRow = RowOf<typeof MY_FAIRS_LIST>;

export function createMeRepository(db: Db) {
  return {
    /**
     * Fairs the seeker confirmed a pre-registration for, or was checked in at (a desk
     * registration has no pre-registration); the latest fair first.
     */
    listFairs(seekerId: string): Promise<MyFairRow[]> {
      return queryRows(db, MY_FAIRS_LIST, seekerId);
    },

    findIntent: (id: string) => db.intent.findUnique({ where: { id }, select: MY_INTENT_VIEW }),

    listIntents: (seekerId: string) =>
      db.intent.findMany({ where: { seekerId }, select: MY_INTENT_VIEW, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 200 }),

    /** Fresh position rows for the matches, in the shape of a search hit. */
    findPositionHits: (ids: string[]) =>
      db.position.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          title: true,
          city: true,
          wageMin: true,
          wageMax: true,
          openings: true,
          foodProvided: true,
          lodgingProvided: true,
          employer: { select: { name: true, kind: true } },
          fairs: { select: { fairId: true }, orderBy: { fairId: "asc" } },
        },
      }),
  };
}

export type MeRepository = ReturnType<typeof createMeRepository>;
export type MyIntentRow = NonNullable<Awaited<ReturnType<MeRepository["findIntent"]>>>;
