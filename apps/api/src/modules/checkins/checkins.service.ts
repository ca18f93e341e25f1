import { type CheckIn, type CheckInRequest, type CheckInTimeline, type ErrorCode, SCANNED_AT_MAX_SKEW_MS } from "@xiezuo/contracts";
import type { AuthContext } from "../../http/auth-context.ts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { Clock } from "../../lib/clock.ts";
import { PLATFORM_SCOPE, type Scope } from "../../lib/scope.ts";
import type { SeekersService } from "../seekers/index.ts";
import type { CheckInAnnouncer } from "./checkin-announcer.ts";
import type { CheckInRow, CheckinsRepository } from "./checkins.repository.ts";

/** A replayed or repeated check-in is a normal outcome, not an error. */
export interface CheckInOutcome {
  checkIn: CheckIn;
  duplicate: boolean;
}

const toCheckIn = (row: CheckInRow): CheckIn => ({ id: row.id, fairId: row.fairId, seekerId: row.seekerId, at: row.at.toISOString() });
const fairNotOpen = () => new AppError("FAIR_NOT_OPEN", "招聘会未开放签到");

export function createCheckinsService(deps: {
  checkins: CheckinsRepository;
  seekers: Pick<SeekersService, "findSeekerIdByIdNumber" | "seekerIdFromBadge">;
  announcer: CheckInAnnouncer;
  clock: Clock;
}) {
  const { checkins, seekers, announcer, clock } = deps;

  function arrivalTime(scannedAt: string | undefined): Date {
    const now = clock.now();
    if (scannedAt === undefined) return now;
    const at = new Date(scannedAt);
    if (at.getTime() > now.getTime() + SCANNED_AT_MAX_SKEW_MS) {
      throw new AppError("VALIDATION_FAILED", "扫码时间晚于当前时间，请检查设备时钟", {
        issues: [{ path: ["body", "scannedAt"], message: "扫码时间不能晚于当前时间" }],
      });
    }
    return at;
  }

  async function resolveSeekerId(input: CheckInRequest): Promise<string> {
    if (input.seekerId) return input.seekerId;
    if (input.badgeToken) return seekers.seekerIdFromBadge(input.badgeToken);
    const id = input.idNumber ? await seekers.findSeekerIdByIdNumber(input.idNumber) : null;
    if (!id) throw notFound("求职者");
    return id;
  }

  return {
    async checkIn(fairId: string, input: CheckInRequest, actor: AuthContext): Promise<CheckInOutcome> {
      const at = arrivalTime(input.scannedAt);
      const seekerId = await resolveSeekerId(input);
      const outcome = await checkins.insert({
        fairId,
        seekerId,
        clientRequestId: input.clientRequestId,
        at,
        createdById: actor.user.id,
        scope: actor.scope,
      });
      if (outcome.kind === "created") {
        announcer.announce(outcome.checkIn);
        return { checkIn: toCheckIn(outcome.checkIn), duplicate: false };
      }
      if (outcome.fairStatus === null) throw notFound("招聘会");
      if (outcome.fairStatus !== "OPEN") {
        // A desk replaying a request that was recorded before the fair closed gets its answer.
        const replay = await checkins.findExisting(fairId, { clientRequestId: input.clientRequestId });
        if (replay) return { checkIn: toCheckIn(replay), duplicate: true };
        throw fairNotOpen();
      }
      if (!outcome.seekerExists) throw notFound("求职者");
      const existing = await checkins.findExisting(fairId, { seekerId, clientRequestId: input.clientRequestId });
      // Only a row deleted between the two statements (its fair removed) leaves nothing to return.
      if (!existing) throw new AppError("CONFLICT", "签到记录已变化，请重试");
      return { checkIn: toCheckIn(existing), duplicate: true };
    },

    async getTimeline(fairId: string, since: string | undefined, scope: Scope): Promise<CheckInTimeline> {
      if (!(await checkins.findFair(fairId, scope))) throw notFound("招聘会");
      const { buckets, totals } = await checkins.timeline(fairId, since ? new Date(since) : null);
      return {
        fairId,
        checkIns: totals.checkIns,
        intents: totals.intents,
        seekersWithIntent: totals.seekersWithIntent,
        buckets: buckets.map((b) => ({ minute: b.minute.toISOString(), arrivals: b.arrivals })),
        asOf: totals.asOf.toISOString(),
      };
    },

    /**
     * Who may watch a fair's live room: ADMIN and STAFF whose scope reads the fair (host,
     * partner, its region, platform), or an EMPLOYER whose employer joined it.
     */
    async canWatchFair(auth: AuthContext, fairId: string): Promise<ErrorCode | null> {
      const { user } = auth;
      if (user.role !== "ADMIN" && user.role !== "STAFF" && user.role !== "EMPLOYER") return "FORBIDDEN";
      const fair = await checkins.findFair(fairId, user.role === "EMPLOYER" ? PLATFORM_SCOPE : auth.scope);
      if (!fair) return "NOT_FOUND";
      if (user.role === "EMPLOYER" && (!user.employerId || !(await checkins.isEmployerInFair(fairId, user.employerId)))) return "NOT_FOUND";
      return null;
    },
  };
}

export type CheckinsService = ReturnType<typeof createCheckinsService>;
