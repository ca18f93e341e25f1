import type { IntentListQuery, IntentStatus } from "@xiezuo/contracts";
import type { Db, Prisma } from "../../lib/prisma.ts";
import type { Scope } from "../../lib/scope.ts";
import { queryRows } from "../../lib/sql-statement.ts";
import { readableFairs } from "../fairs/index.ts";
import { asUnitOfWork, type UnitOfWork } from "../outbox/index.ts";
import { visibleSeekers } from "../seekers/index.ts";
import { FAIR_POSITION_LINK_FIND } from "./sql/fair-position-link-find.sql.ts";
import { FAIR_STATUS_FOR_SHARE } from "./sql/fair-status-for-share.sql.ts";
import { INTENT_FIND_BY_PAIR } from "./sql/intent-find-by-pair.sql.ts";
import { INTENT_INSERT } from "./sql/intent-insert.sql.ts";
import { INTENT_SEEKERS_COUNT } from "./sql/intent-seekers-count.sql.ts";
import { POSITION_STATUS_FOR_SHARE } from "./sql/position-status-for-share.sql.ts";

/** A bureau sees the intents of people it sees, and every intent made at a fair it may read. */
function visibleIntents(scope: Scope): Prisma.IntentWhereInput {
  if (scope.platform) return {};
  return { OR: [{ seeker: visibleSeekers(scope) }, { fair: readableFairs(scope) }] };
}

/** What a seeker row contributes to a masked view: never the cipher or hash columns. */
export const SEEKER_BRIEF_SELECT = {
  id: true,
  name: true,
  idNumberMasked: true,
  phoneMasked: true,
  gender: true,
  birthDate: true,
  household: { select: { povertyStatus: true } },
} as const;

const INTENT_VIEW = {
  id: true,
  seekerId: true,
  positionId: true,
  fairId: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  seeker: { select: SEEKER_BRIEF_SELECT },
  position: { select: { id: true, title: true, employerId: true, employer: { select: { name: true } } } },
} as const;

export type InsertIntentOutcome =
  | { kind: "created" | "duplicate"; id: string }
  | { kind: "fair-missing" | "fair-not-open" | "position-not-linked" | "position-closed" };

// Every method answers a plain Promise (not Prisma's lazy query object), so a test can fake the type.
export function createIntentsRepository(db: Db) {
  return {
    findPosition: async (id: string) => db.position.findUnique({ where: { id }, select: { id: true, employerId: true, status: true } }),

    seekerExists: async (id: string, scope: Scope) => (await db.seeker.count({ where: { AND: [{ id }, visibleSeekers(scope)] } })) > 0,

    fairInScope: async (id: string, scope: Scope) => (await db.fair.count({ where: { AND: [{ id }, readableFairs(scope)] } })) > 0,

    findIntentView: async (id: string) => db.intent.findUnique({ where: { id }, select: INTENT_VIEW }),

    findIntentOwner: async (id: string, scope: Scope) =>
      db.intent.findFirst({
        where: { AND: [{ id }, visibleIntents(scope)] },
        select: { status: true, position: { select: { employerId: true } } },
      }),

    /**
     * Checks the fair and position and inserts in one transaction. The fair row is held
     * FOR SHARE, so a fair being closed at the same moment waits for this intent (or this
     * intent sees it closed); the unique (seekerId, positionId) makes a concurrent repeat a
     * duplicate rather than an error.
     */
    insertIntent(input: { seekerId: string; positionId: string; fairId: string | null; createdById: string }) {
      return db.$transaction(async (tx): Promise<InsertIntentOutcome> => {
        if (input.fairId) {
          const [fair] = await queryRows(tx, FAIR_STATUS_FOR_SHARE, input.fairId);
          if (!fair) return { kind: "fair-missing" };
          if (fair.status !== "OPEN") return { kind: "fair-not-open" };
          const [link] = await queryRows(tx, FAIR_POSITION_LINK_FIND, input.fairId, input.positionId);
          if (!link) return { kind: "position-not-linked" };
        }
        const [position] = await queryRows(tx, POSITION_STATUS_FOR_SHARE, input.positionId);
        if (position?.status !== "OPEN") return { kind: "position-closed" };
        const [inserted] = await queryRows(tx, INTENT_INSERT, input.seekerId, input.positionId, input.fairId, input.createdById);
        if (inserted) return { kind: "created", id: inserted.id };
        const [existing] = await queryRows(tx, INTENT_FIND_BY_PAIR, input.seekerId, input.positionId);
        if (!existing) throw new Error("intent conflict without an existing row");
        return { kind: "duplicate", id: existing.id };
      });
    },

    /** Distinct seekers with at least one intent at the fair (the live figure). */
    async countSeekersWithIntent(fairId: string): Promise<number> {
      const [row] = await queryRows(db, INTENT_SEEKERS_COUNT, fairId);
      return row?.n ?? 0;
    },

    /**
     * Compare-and-set, so two people pressing buttons at once cannot skip the transition rules.
     * `alongside` runs in the same unit of work, only when the status did change (the seeker's message).
     */
    async updateStatusIf(
      id: string,
      from: IntentStatus,
      to: IntentStatus,
      alongside?: (work: UnitOfWork) => Promise<void>,
    ): Promise<boolean> {
      return db.$transaction(async (tx) => {
        const result = await tx.intent.updateMany({ where: { id, status: from }, data: { status: to } });
        if (result.count === 1 && alongside) await alongside(asUnitOfWork(tx));
        return result.count === 1;
      });
    },

    async list(query: IntentListQuery, only: { employerId: string | null }, scope: Scope) {
      const where: Prisma.IntentWhereInput = {
        AND: [
          {
            ...(query.fairId ? { fairId: query.fairId } : {}),
            ...(query.positionId ? { positionId: query.positionId } : {}),
            ...(query.seekerId ? { seekerId: query.seekerId } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...(only.employerId ? { position: { employerId: only.employerId } } : {}),
          },
          visibleIntents(scope),
        ],
      };
      const [intents, total] = await Promise.all([
        db.intent.findMany({
          where,
          select: INTENT_VIEW,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: query.limit,
          skip: query.offset,
        }),
        db.intent.count({ where }),
      ]);
      return { intents, total };
    },
  };
}

export type IntentsRepository = ReturnType<typeof createIntentsRepository>;
export type IntentRow = NonNullable<Awaited<ReturnType<IntentsRepository["findIntentView"]>>>;
