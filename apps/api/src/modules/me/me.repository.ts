import type { Db } from "../../lib/prisma.ts";

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

export interface MyFairRow {
  fairId: string;
  title: string;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  status: "DRAFT" | "OPEN" | "CLOSED";
  registeredAt: Date;
  checkedInAt: Date | null;
}

export function createMeRepository(db: Db) {
  return {
    /**
     * Fairs the seeker confirmed a pre-registration for, or was checked in at (a desk
     * registration has no pre-registration); the latest fair first.
     */
    listFairs(seekerId: string): Promise<MyFairRow[]> {
      return db.$queryRaw<MyFairRow[]>`
        WITH regs AS (
          SELECT "fairId", min("createdAt") AS at FROM registrations
          WHERE "seekerId" = ${seekerId}::uuid AND "confirmedAt" IS NOT NULL
          GROUP BY "fairId"
        ), checks AS (
          SELECT "fairId", at FROM check_ins WHERE "seekerId" = ${seekerId}::uuid
        )
        SELECT f.id::text AS "fairId", f.title, f.venue, f."startsAt", f."endsAt", f.status::text AS status,
               COALESCE(r.at, c.at) AS "registeredAt", c.at AS "checkedInAt"
        FROM fairs f
        LEFT JOIN regs r ON r."fairId" = f.id
        LEFT JOIN checks c ON c."fairId" = f.id
        WHERE r."fairId" IS NOT NULL OR c."fairId" IS NOT NULL
        ORDER BY f."startsAt" DESC, f.id`;
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
