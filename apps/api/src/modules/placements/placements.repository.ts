import type { PlacementChannel, PlacementListQuery, PlacementStatus } from "@xiezuo/contracts";
import { formatDbDate, toDbDate } from "../../lib/calendar-dates.ts";
import type { Db, Prisma } from "../../lib/prisma.ts";
import { regionScopeValues, type Scope } from "../../lib/scope.ts";
import { queryRows } from "../../lib/sql-statement.ts";
import { SEEKER_BRIEF_SELECT } from "../intents/index.ts";
import { asUnitOfWork, type UnitOfWork } from "../outbox/index.ts";
import { visibleSeekers } from "../seekers/index.ts";
import { visiblePlacements } from "./placement-scope.ts";
import type { FollowUpFact, PlacementStatusResult } from "./placement-status.ts";
import { DUE_FOLLOW_UPS_COUNT } from "./sql/due-follow-ups-count.sql.ts";
import { DUE_FOLLOW_UPS_PAGE } from "./sql/due-follow-ups-page.sql.ts";
import { OPEN_INTENTS_HIRE } from "./sql/open-intents-hire.sql.ts";
import { PLACEMENT_ROW_LOCK } from "./sql/placement-row-lock.sql.ts";
import { SEEKER_ROW_LOCK } from "./sql/seeker-row-lock.sql.ts";

const PLACEMENT_VIEW = {
  id: true,
  seekerId: true,
  employerId: true,
  positionId: true,
  status: true,
  startedOn: true,
  monthlyWage: true,
  workCity: true,
  workRegionCode: true,
  channel: true,
  stableOn: true,
  endedOn: true,
  createdAt: true,
  updatedAt: true,
  employer: { select: { name: true } },
  position: { select: { title: true } },
  seeker: { select: SEEKER_BRIEF_SELECT },
  followUps: {
    select: { id: true, placementId: true, checkedOn: true, employed: true, monthlyWage: true, note: true, createdAt: true },
    orderBy: [{ checkedOn: "asc" }, { createdAt: "asc" }],
  },
} satisfies Prisma.PlacementSelect;

export interface NewPlacement {
  seekerId: string;
  employerId: string;
  positionId: string | null;
  startedOn: string;
  monthlyWage: number;
  workCity: string;
  workRegionCode: string;
  channel: PlacementChannel;
  createdById: string;
}

export interface FollowUpState {
  startedOn: string;
  status: PlacementStatus;
  followUps: FollowUpFact[];
}

export function createPlacementsRepository(db: Db) {
  return {
    findEmployer: (id: string) => db.employer.findUnique({ where: { id }, select: { id: true, regionCode: true } }),
    findPosition: (id: string) => db.position.findUnique({ where: { id }, select: { id: true, employerId: true } }),
    seekerExists: async (id: string, scope: Scope) => (await db.seeker.count({ where: { AND: [{ id }, visibleSeekers(scope)] } })) > 0,

    placementInScope: async (id: string, scope: Scope) =>
      (await db.placement.count({ where: { AND: [{ id }, visiblePlacements(scope)] } })) > 0,

    /** An employer may place only people who showed intent for one of its positions. */
    hasIntentWithEmployer: async (seekerId: string, employerId: string) =>
      (await db.intent.count({ where: { seekerId, position: { employerId } } })) > 0,

    findPlacementView: (id: string, scope: Scope) =>
      db.placement.findFirst({ where: { AND: [{ id }, visiblePlacements(scope)] }, select: PLACEMENT_VIEW }),

    /**
     * Inserts unless the seeker already works for this employer (ACTIVE or STABLE). The seeker
     * row is locked, so two clerks entering the same hire at once cannot both succeed. An open
     * intent for the same position moves to HIRED: a placement is the proof of the hire.
     */
    insertPlacement(data: NewPlacement, onHired?: (work: UnitOfWork, intentIds: string[]) => Promise<void>) {
      return db.$transaction(async (tx): Promise<{ kind: "created" | "existing"; id: string; hiredIntentIds: string[] }> => {
        await queryRows(tx, SEEKER_ROW_LOCK, data.seekerId);
        const existing = await tx.placement.findFirst({
          where: { seekerId: data.seekerId, employerId: data.employerId, status: { in: ["ACTIVE", "STABLE"] } },
          select: { id: true },
        });
        if (existing) return { kind: "existing", id: existing.id, hiredIntentIds: [] };
        const created = await tx.placement.create({ data: { ...data, startedOn: toDbDate(data.startedOn) }, select: { id: true } });
        let hiredIntentIds: string[] = [];
        if (data.positionId) {
          const hired = await queryRows(tx, OPEN_INTENTS_HIRE, data.seekerId, data.positionId);
          hiredIntentIds = hired.map((r) => r.id);
          if (hiredIntentIds.length > 0) await onHired?.(asUnitOfWork(tx), hiredIntentIds);
        }
        return { kind: "created", id: created.id, hiredIntentIds };
      });
    },

    /**
     * Adds a follow-up and stores the status `decide` computes from all follow-ups, in one
     * transaction with the placement row locked (two follow-ups at once are applied in turn).
     * `decide` may throw to refuse the follow-up; nothing is written then.
     */
    recordFollowUp(
      placementId: string,
      followUp: { checkedOn: string; employed: boolean; monthlyWage: number | null; note: string | null; createdById: string },
      decide: (state: FollowUpState) => PlacementStatusResult,
      /** Runs in the same unit of work once the new status is stored (messages the change causes). */
      after?: (work: UnitOfWork, change: { before: PlacementStatus; after: PlacementStatus }) => Promise<void>,
    ) {
      return db.$transaction(async (tx) => {
        const [locked] = await queryRows(tx, PLACEMENT_ROW_LOCK, placementId);
        if (!locked) return null;
        const placement = await tx.placement.findUniqueOrThrow({
          where: { id: placementId },
          select: { startedOn: true, status: true, followUps: { select: { checkedOn: true, employed: true } } },
        });
        const next = decide({
          startedOn: formatDbDate(placement.startedOn),
          status: placement.status,
          followUps: [
            ...placement.followUps.map((f) => ({ checkedOn: formatDbDate(f.checkedOn), employed: f.employed })),
            { checkedOn: followUp.checkedOn, employed: followUp.employed },
          ],
        });
        const created = await tx.followUp.create({
          data: { ...followUp, placementId, checkedOn: toDbDate(followUp.checkedOn) },
          select: { id: true },
        });
        await tx.placement.update({
          where: { id: placementId },
          data: {
            status: next.status,
            stableOn: next.stableOn ? toDbDate(next.stableOn) : null,
            endedOn: next.endedOn ? toDbDate(next.endedOn) : null,
          },
        });
        await after?.(asUnitOfWork(tx), { before: placement.status, after: next.status });
        return created;
      });
    },

    async list(query: PlacementListQuery, only: { employerId: string | null }, scope: Scope) {
      const where: Prisma.PlacementWhereInput = {
        AND: [
          {
            ...(query.seekerId ? { seekerId: query.seekerId } : {}),
            ...(query.employerId ? { employerId: query.employerId } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...(only.employerId ? { employerId: only.employerId } : {}),
          },
          visiblePlacements(scope),
        ],
      };
      const [placements, total] = await Promise.all([
        db.placement.findMany({
          where,
          select: PLACEMENT_VIEW,
          orderBy: [{ startedOn: "desc" }, { id: "asc" }],
          take: query.limit,
          skip: query.offset,
        }),
        db.placement.count({ where }),
      ]);
      return { placements, total };
    },

    /**
     * ACTIVE placements whose next monthly check (start or last follow-up + 30 days) falls on or
     * before `until`, most overdue first. Computed in SQL so a county's thousands of placements
     * never travel to the API process.
     */
    async listDueFollowUps(until: string, page: { limit: number; offset: number }, scope: Scope) {
      const rows = await queryRows(db, DUE_FOLLOW_UPS_PAGE, toDbDate(until), page.limit, page.offset, ...regionScopeValues(scope));
      const details = await db.placement.findMany({
        where: { id: { in: rows.map((r) => r.id) } },
        select: {
          id: true,
          employerId: true,
          workCity: true,
          startedOn: true,
          employer: { select: { name: true } },
          position: { select: { title: true } },
          seeker: { select: SEEKER_BRIEF_SELECT },
        },
      });
      const byId = new Map(details.map((d) => [d.id, d]));
      const items = rows.flatMap((row) => {
        const detail = byId.get(row.id);
        if (!detail) return [];
        return [
          {
            ...detail,
            lastCheckedOn: row.lastCheckedOn ? formatDbDate(row.lastCheckedOn) : null,
            followUpCount: row.followUpCount,
            dueOn: formatDbDate(row.dueOn),
          },
        ];
      });
      return { items, total: rows[0]?.total ?? (page.offset > 0 ? await countDue(db, until, scope) : 0) };
    },
  };
}

async function countDue(db: Db, until: string, scope: Scope): Promise<number> {
  const [row] = await queryRows(db, DUE_FOLLOW_UPS_COUNT, toDbDate(until), ...regionScopeValues(scope));
  return row?.n ?? 0;
}

export type PlacementsRepository = ReturnType<typeof createPlacementsRepository>;
export type PlacementRow = NonNullable<Awaited<ReturnType<PlacementsRepository["findPlacementView"]>>>;
export type DueFollowUpRow = Awaited<ReturnType<PlacementsRepository["listDueFollowUps"]>>["items"][number];
