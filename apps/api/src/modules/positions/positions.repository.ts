import { coalesceReads } from "../../lib/coalesced-reads.ts";
import { type Db, type Prisma, sqlPool } from "../../lib/prisma.ts";
import { queryPrepared } from "../../lib/sql-statement.ts";
import { asUnitOfWork } from "../outbox/index.ts";
import { enqueuePositionChanged } from "./position-events.ts";
import { POSITION_VIEW_FIND } from "./sql/position-view-find.sql.ts";

export const POSITION_VIEW = {
  id: true,
  employerId: true,
  title: true,
  description: true,
  openings: true,
  wageMin: true,
  wageMax: true,
  city: true,
  foodProvided: true,
  lodgingProvided: true,
  ageMin: true,
  ageMax: true,
  gender: true,
  tags: true,
  status: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  employer: { select: { id: true, name: true, shortName: true, kind: true, city: true } },
  fairs: { select: { fairId: true }, orderBy: { linkedAt: "asc" } },
} as const satisfies Prisma.PositionSelect;

export type PositionRow = Prisma.PositionGetPayload<{ select: typeof POSITION_VIEW }>;

export interface PositionFields {
  title: string;
  description: string;
  openings: number;
  wageMin: number;
  wageMax: number;
  city: string;
  foodProvided: boolean;
  lodgingProvided: boolean;
  ageMin: number | null;
  ageMax: number | null;
  gender: "ANY" | "MALE" | "FEMALE";
  tags: string[];
}

export interface PositionFilter {
  employerId?: string;
  fairId?: string;
  status?: "OPEN" | "CLOSED";
}

function whereOf(filter: PositionFilter): Prisma.PositionWhereInput {
  return {
    ...(filter.employerId ? { employerId: filter.employerId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.fairId ? { fairs: { some: { fairId: filter.fairId } } } : {}),
  };
}

/** Every write below queues `position.changed` in its own transaction (the outbox). */
export function createPositionsRepository(db: Db) {
  /** A position shared to many phones is asked for by many at once: they share the next statement (lib/coalesced-reads.ts). */
  const readView = coalesceReads(
    async (id: string): Promise<PositionRow | null> => (await queryPrepared(sqlPool(db), POSITION_VIEW_FIND, id))[0] ?? null,
    (id) => id,
  );

  return {
    findById: (id: string) => db.position.findUnique({ where: { id }, select: POSITION_VIEW }),

    /** The same row as findById in one prepared statement (GET /api/positions/:id, see sql/position-view-find.sql.ts). */
    findViewById: (id: string): Promise<PositionRow | null> => readView(id),

    findManyByIds: (ids: string[]) => db.position.findMany({ where: { id: { in: ids } }, select: POSITION_VIEW }),

    /** Open positions after `afterId` in id order, for full rebuilds page by page. */
    findOpenPage: (afterId: string | null, take: number) =>
      db.position.findMany({
        where: { status: "OPEN", ...(afterId ? { id: { gt: afterId } } : {}) },
        select: POSITION_VIEW,
        orderBy: { id: "asc" },
        take,
      }),

    countOpen: () => db.position.count({ where: { status: "OPEN" } }),

    async list(filter: PositionFilter, page: { limit: number; offset: number }) {
      const where = whereOf(filter);
      const [rows, total] = await Promise.all([
        db.position.findMany({
          where,
          select: POSITION_VIEW,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: page.limit,
          skip: page.offset,
        }),
        db.position.count({ where }),
      ]);
      return { rows, total };
    },

    employerExists: async (id: string) => (await db.employer.count({ where: { id } })) > 0,

    /** Of `fairIds`, those that exist. */
    findExistingFairIds: async (fairIds: string[]) =>
      (await db.fair.findMany({ where: { id: { in: fairIds } }, select: { id: true } })).map((f) => f.id),

    /** Of `fairIds`, those the employer has joined. */
    findJoinedFairIds: async (employerId: string, fairIds: string[]) =>
      (await db.fairEmployer.findMany({ where: { employerId, fairId: { in: fairIds } }, select: { fairId: true } })).map((f) => f.fairId),

    create(employerId: string, fields: PositionFields, fairIds: string[]) {
      return db.$transaction(async (tx) => {
        const { id } = await tx.position.create({ data: { ...fields, employerId }, select: { id: true } });
        await enqueuePositionChanged(asUnitOfWork(tx), [id]);
        if (fairIds.length > 0) await tx.fairPosition.createMany({ data: fairIds.map((fairId) => ({ fairId, positionId: id })) });
        return tx.position.findUniqueOrThrow({ where: { id }, select: POSITION_VIEW });
      });
    },

    /** `fairIds` (when given) replaces the position's fair links. */
    update(id: string, fields: Partial<PositionFields>, fairIds: string[] | undefined, at: Date) {
      return db.$transaction(async (tx) => {
        // Always touch the row: updatedAt moves even when only the fair links change.
        await tx.position.update({ where: { id }, data: { ...fields, updatedAt: at }, select: { id: true } });
        if (fairIds) {
          await tx.fairPosition.deleteMany({ where: { positionId: id, fairId: { notIn: fairIds } } });
          await tx.fairPosition.createMany({ data: fairIds.map((fairId) => ({ fairId, positionId: id })), skipDuplicates: true });
        }
        await enqueuePositionChanged(asUnitOfWork(tx), [id]);
        return tx.position.findUniqueOrThrow({ where: { id }, select: POSITION_VIEW });
      });
    },

    /** Closes an open position; an already closed one is left as it is (no event). */
    close(id: string, at: Date) {
      return db.$transaction(async (tx) => {
        const { count } = await tx.position.updateMany({
          where: { id, status: "OPEN" },
          data: { status: "CLOSED", closedAt: at, updatedAt: at },
        });
        if (count > 0) await enqueuePositionChanged(asUnitOfWork(tx), [id]);
        return tx.position.findUniqueOrThrow({ where: { id }, select: POSITION_VIEW });
      });
    },
  };
}

export type PositionsRepository = ReturnType<typeof createPositionsRepository>;
