import type {
  CreateFollowUpRequest,
  CreatePlacementRequest,
  FollowUp,
  FollowUpDue,
  FollowUpsDueQuery,
  Placement,
  PlacementDetail,
  PlacementListQuery,
} from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { addDays, daysBetween, formatDbDate, toChinaDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import { PLATFORM_SCOPE, regionInScope, type Scope } from "../../lib/scope.ts";
import { type Actor, type IntentStatusNotices, toSeekerBrief } from "../intents/index.ts";
import { queueDropoutAlerts } from "../notifications/index.ts";
import { computePlacementStatus } from "./placement-status.ts";
import type { DueFollowUpRow, PlacementRow, PlacementsRepository } from "./placements.repository.ts";

/** A start date further ahead than this is almost certainly a typing error. */
const MAX_START_DAYS_AHEAD = 180;
/** Ten years back: older records belong to the registry's history, not to follow-up work. */
const MAX_START_DAYS_BACK = 3653;

const invalidField = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", field], message }] });

function toPlacement(row: PlacementRow, today: string): PlacementDetail {
  const followUps: FollowUp[] = row.followUps.map((f) => ({
    id: f.id,
    placementId: f.placementId,
    checkedOn: formatDbDate(f.checkedOn),
    employed: f.employed,
    monthlyWage: f.monthlyWage,
    note: f.note,
    createdAt: f.createdAt.toISOString(),
  }));
  const lastCheckedOn = followUps.reduce<string | null>((last, f) => (last === null || f.checkedOn > last ? f.checkedOn : last), null);
  return {
    id: row.id,
    seekerId: row.seekerId,
    employerId: row.employerId,
    positionId: row.positionId,
    status: row.status,
    startedOn: formatDbDate(row.startedOn),
    monthlyWage: row.monthlyWage,
    workCity: row.workCity,
    workRegionCode: row.workRegionCode,
    channel: row.channel,
    stableOn: row.stableOn ? formatDbDate(row.stableOn) : null,
    endedOn: row.endedOn ? formatDbDate(row.endedOn) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    employerName: row.employer.name,
    positionTitle: row.position?.title ?? null,
    seeker: toSeekerBrief(row.seeker, today),
    lastCheckedOn,
    followUps,
  };
}

function toFollowUpDue(row: DueFollowUpRow, today: string): FollowUpDue {
  return {
    placementId: row.id,
    seeker: toSeekerBrief(row.seeker, today),
    employerId: row.employerId,
    employerName: row.employer.name,
    positionTitle: row.position?.title ?? null,
    workCity: row.workCity,
    startedOn: formatDbDate(row.startedOn),
    lastCheckedOn: row.lastCheckedOn,
    dueOn: row.dueOn,
    daysOverdue: Math.max(0, daysBetween(row.dueOn, today)),
    followUpCount: row.followUpCount,
  };
}

export function createPlacementsService(deps: {
  placements: PlacementsRepository;
  clock: Clock;
  stableEmploymentMonths: number;
  /** Tells the seeker when recording the placement moves an open intent to HIRED. */
  notices?: IntentStatusNotices;
}) {
  const { placements, clock, stableEmploymentMonths, notices } = deps;
  const today = () => toChinaDate(clock.now());

  async function getPlacement(id: string, actor: Actor): Promise<PlacementDetail> {
    const row = await placements.findPlacementView(id, actor.scope);
    if (!row || (actor.role === "EMPLOYER" && row.employerId !== actor.employerId)) throw notFound("就业记录");
    return toPlacement(row, today());
  }

  return {
    getPlacement,

    async createPlacement(input: CreatePlacementRequest, actor: Actor): Promise<PlacementDetail> {
      const isEmployer = actor.role === "EMPLOYER";
      if (isEmployer && input.employerId !== actor.employerId) throw notFound("企业");
      const employer = await placements.findEmployer(input.employerId);
      if (!employer) throw notFound("企业");
      const workRegionCode = input.workRegionCode ?? employer.regionCode;
      // A bureau places people it sees, or (the importing side) people starting work in its
      // jurisdiction; an employer only people who showed intent for its positions.
      const seekerVisible = isEmployer
        ? await placements.hasIntentWithEmployer(input.seekerId, input.employerId)
        : regionInScope(actor.scope, workRegionCode)
          ? await placements.seekerExists(input.seekerId, PLATFORM_SCOPE)
          : await placements.seekerExists(input.seekerId, actor.scope);
      if (!seekerVisible) throw notFound("求职者");
      if (input.positionId) {
        const position = await placements.findPosition(input.positionId);
        if (!position || (isEmployer && position.employerId !== actor.employerId)) throw notFound("岗位");
        if (position.employerId !== input.employerId) throw invalidField("positionId", "岗位不属于该企业");
      }
      const ahead = daysBetween(today(), input.startedOn);
      if (ahead > MAX_START_DAYS_AHEAD) throw invalidField("startedOn", `上岗日期不能晚于今天起${MAX_START_DAYS_AHEAD}天`);
      if (ahead < -MAX_START_DAYS_BACK) throw invalidField("startedOn", "上岗日期不能早于十年前");

      const outcome = await placements.insertPlacement(
        { ...input, workRegionCode, positionId: input.positionId ?? null, createdById: actor.userId },
        notices &&
          ((work, intentIds) =>
            Promise.all(intentIds.map((intentId) => notices.enqueueMessage(work, { intentId, status: "HIRED" }))).then(() => {})),
      );
      if (outcome.kind === "existing") {
        throw new AppError("CONFLICT", "该求职者已在这家企业在岗，无需重复登记", { extra: { existingId: outcome.id } });
      }
      const at = clock.now().toISOString();
      const { positionId } = input;
      if (positionId) {
        for (const intentId of outcome.hiredIntentIds) notices?.publish(input.seekerId, { intentId, positionId, status: "HIRED", at });
      }
      return getPlacement(outcome.id, actor);
    },

    async listPlacements(query: PlacementListQuery, actor: Actor): Promise<{ placements: Placement[]; total: number }> {
      if (actor.role === "EMPLOYER" && !actor.employerId) return { placements: [], total: 0 };
      const only = { employerId: actor.role === "EMPLOYER" ? actor.employerId : null };
      const { placements: rows, total } = await placements.list(query, only, actor.scope);
      const date = today();
      return { placements: rows.map((row) => toPlacement(row, date)), total };
    },

    /** Records a follow-up and recomputes the status from all of them (see placement-status.ts). */
    async addFollowUp(
      placementId: string,
      input: CreateFollowUpRequest,
      actor: Actor,
    ): Promise<{ followUp: FollowUp; placement: PlacementDetail }> {
      const date = today();
      if (input.checkedOn > date) throw invalidField("checkedOn", "回访日期不能晚于今天");
      if (!(await placements.placementInScope(placementId, actor.scope))) throw notFound("就业记录");
      const created = await placements.recordFollowUp(
        placementId,
        {
          checkedOn: input.checkedOn,
          employed: input.employed,
          monthlyWage: input.monthlyWage ?? null,
          note: input.note ?? null,
          createdById: actor.userId,
        },
        (state) => {
          if (state.status === "ENDED") throw new AppError("CONFLICT", "该就业记录已结束，不能再登记回访");
          if (input.checkedOn < state.startedOn) throw invalidField("checkedOn", `回访日期不能早于上岗日期（${state.startedOn}）`);
          return computePlacementStatus({ startedOn: state.startedOn, followUps: state.followUps, stableMonths: stableEmploymentMonths });
        },
        // The follow-up that ends a placement may leave its household with nobody at work: the
        // county's (and prefecture's) duty phones hear of it in the same transaction.
        async (work, change) => {
          if (change.after === "ENDED" && change.before !== "ENDED") await queueDropoutAlerts(work, placementId);
        },
      );
      if (!created) throw notFound("就业记录");
      const placement = await getPlacement(placementId, actor);
      const followUp = placement.followUps.find((f) => f.id === created.id);
      if (!followUp) throw new Error("follow-up vanished after insert");
      return { followUp, placement };
    },

    async listFollowUpsDue(query: FollowUpsDueQuery, scope: Scope) {
      const date = today();
      const { items, total } = await placements.listDueFollowUps(addDays(date, query.withinDays), query, scope);
      return { today: date, followUps: items.map((row) => toFollowUpDue(row, date)), total };
    },
  };
}

export type PlacementsService = ReturnType<typeof createPlacementsService>;
