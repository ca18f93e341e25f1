import {
  type CreateIntentRequest,
  type Intent,
  type IntentCreatedEvent,
  type IntentListQuery,
  type IntentStatus,
  type IntentUpdatedEvent,
  isIntentMoveAllowed,
  STAFF_LABELS,
} from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { toChinaDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Logger } from "../../lib/logger.ts";
import { PLATFORM_SCOPE, type Scope } from "../../lib/scope.ts";
import type { UnitOfWork } from "../outbox/index.ts";
import type { IntentRow, IntentsRepository } from "./intents.repository.ts";
import { toSeekerBrief } from "./seeker-brief.ts";

/** Who is asking: an EMPLOYER is confined to its own employer's positions. */
export interface Actor {
  userId: string;
  role: "ADMIN" | "STAFF" | "EMPLOYER" | "SEEKER";
  employerId: string | null;
  /** The jurisdiction of a bureau account; platform-wide otherwise (lib/scope.ts). */
  scope: Scope;
}

/** Where a new intent at a fair is announced (the live layer); failures never undo the intent. */
export interface IntentEvents {
  intentCreated(event: IntentCreatedEvent): Promise<void> | void;
}

/** What an actual status change sets off for the job seeker (wired from the notifications module and the live layer). */
export interface IntentStatusNotices {
  /** Runs in the status update's unit of work: the message exists exactly when the change commits. */
  enqueueMessage(work: UnitOfWork, change: { intentId: string; status: IntentStatus }): Promise<void>;
  /** After commit, to the seeker's own screens; a failure never undoes the change. */
  publish(seekerId: string, event: IntentUpdatedEvent): void;
}

/** Refusals are read at the booth, in the booth's words. */
const STATUS_WORDS = STAFF_LABELS.intentStatus;

/** An employer may see only intents on its own positions; anything else is "not found". */
function isVisibleTo(actor: Actor, positionEmployerId: string): boolean {
  return actor.role !== "EMPLOYER" || actor.employerId === positionEmployerId;
}

/** How the booth names a person (the seekers module): a signed QR badge (400 when forged) or an ID number. */
export interface BadgeReader {
  seekerIdFromBadge(token: string): string;
  findSeekerIdByIdNumber(idNumber: string): Promise<string | null>;
}

export function createIntentsService(deps: {
  intents: IntentsRepository;
  seekers: BadgeReader;
  events: IntentEvents;
  notices: IntentStatusNotices;
  clock: Clock;
  logger: Logger;
}) {
  const { intents, seekers, events, notices, clock, logger } = deps;

  function toIntent(row: IntentRow): Intent {
    return {
      id: row.id,
      seekerId: row.seekerId,
      positionId: row.positionId,
      fairId: row.fairId,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      position: {
        id: row.position.id,
        title: row.position.title,
        employerId: row.position.employerId,
        employerName: row.position.employer.name,
      },
      seeker: toSeekerBrief(row.seeker, toChinaDate(clock.now())),
    };
  }

  async function loadIntent(id: string): Promise<Intent> {
    const row = await intents.findIntentView(id);
    if (!row) throw notFound("就业意向");
    return toIntent(row);
  }

  async function announce(intent: Intent): Promise<void> {
    if (!intent.fairId) return;
    try {
      const seekersWithIntent = await intents.countSeekersWithIntent(intent.fairId);
      await events.intentCreated({
        fairId: intent.fairId,
        intentId: intent.id,
        positionId: intent.positionId,
        at: intent.createdAt,
        seekersWithIntent,
      });
    } catch (error) {
      // The intent is recorded; screens resync from the API, so a lost announcement is not an error for the caller.
      logger.warn({ err: error, intentId: intent.id }, "intent:created could not be published");
    }
  }

  function publishUpdate(intent: Intent): void {
    try {
      notices.publish(intent.seekerId, { intentId: intent.id, positionId: intent.positionId, status: intent.status, at: intent.updatedAt });
    } catch (error) {
      // The seeker's screen also refreshes on focus; a lost event is not the caller's error.
      logger.warn({ err: error, intentId: intent.id }, "intent:updated could not be published");
    }
  }

  return {
    async createIntent(input: CreateIntentRequest, actor: Actor): Promise<{ intent: Intent; duplicate: boolean }> {
      const position = await intents.findPosition(input.positionId);
      if (!position || !isVisibleTo(actor, position.employerId)) throw notFound("岗位");
      const seekerId =
        input.seekerId ??
        (input.badgeToken !== undefined
          ? seekers.seekerIdFromBadge(input.badgeToken)
          : await seekers.findSeekerIdByIdNumber(input.idNumber ?? ""));
      // At a fair the caller may read (its booths), anyone who came; elsewhere only people in its scope.
      if (input.fairId && !(await intents.fairInScope(input.fairId, actor.scope))) throw notFound("招聘会");
      const seekerScope = input.fairId ? PLATFORM_SCOPE : actor.scope;
      if (!seekerId || !(await intents.seekerExists(seekerId, seekerScope))) throw notFound("求职者");

      const outcome = await intents.insertIntent({
        seekerId,
        positionId: input.positionId,
        fairId: input.fairId ?? null,
        createdById: actor.userId,
      });
      switch (outcome.kind) {
        case "fair-missing":
          throw notFound("招聘会");
        case "fair-not-open":
          throw new AppError("FAIR_NOT_OPEN", "招聘会未在进行中，不能登记意向");
        case "position-not-linked":
          throw new AppError("CONFLICT", "该岗位未参加这场招聘会");
        case "position-closed":
          throw new AppError("CONFLICT", "该岗位已停止招聘");
      }
      const intent = await loadIntent(outcome.id);
      const duplicate = outcome.kind === "duplicate";
      if (!duplicate) await announce(intent);
      return { intent, duplicate };
    },

    /**
     * Moves an intent along its pipeline (see getAllowedIntentMoves). Asking for the status it
     * already has is a no-op, so a double tap on a booth button is harmless.
     */
    async updateStatus(id: string, next: IntentStatus, actor: Actor): Promise<Intent> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await intents.findIntentOwner(id, actor.scope);
        if (!current || !isVisibleTo(actor, current.position.employerId)) throw notFound("就业意向");
        if (current.status === next) return loadIntent(id);
        if (!isIntentMoveAllowed(current.status, next)) {
          throw new AppError("CONFLICT", `意向当前为“${STATUS_WORDS[current.status]}”，不能改为“${STATUS_WORDS[next]}”`, {
            extra: { currentStatus: current.status },
          });
        }
        // A withdrawal is the seeker's own decision (or made with them): no message about it.
        const message =
          next === "WITHDRAWN" ? undefined : (work: UnitOfWork) => notices.enqueueMessage(work, { intentId: id, status: next });
        if (await intents.updateStatusIf(id, current.status, next, message)) {
          const intent = await loadIntent(id);
          publishUpdate(intent);
          return intent;
        }
      }
      throw new AppError("CONFLICT", "意向状态正被他人修改，请刷新后重试");
    },

    async listIntents(query: IntentListQuery, actor: Actor) {
      const only = { employerId: actor.role === "EMPLOYER" ? actor.employerId : null };
      if (actor.role === "EMPLOYER" && !actor.employerId) return { intents: [], total: 0 };
      const { intents: rows, total } = await intents.list(query, only, actor.scope);
      return { intents: rows.map(toIntent), total };
    },
  };
}

export type IntentsService = ReturnType<typeof createIntentsService>;
