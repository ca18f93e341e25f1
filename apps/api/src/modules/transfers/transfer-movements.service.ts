// The journey of a transfer's people: boarding at the bus (exactly once per person, replays of
// offline desks answered as duplicates), departure (who never came becomes NO_SHOW), arrival
// confirmed by either side or the employer, and exceptions. Each change is announced to the
// transfer's live room.
import {
  type ArrivalRequest,
  type BoardingRequest,
  SCANNED_AT_MAX_SKEW_MS,
  STAFF_LABELS,
  type TransferDetail,
  type TransferExceptionRequest,
  type TransferMemberResponse,
  type TransferMemberState,
} from "@xiezuo/contracts";
import type { AuthContext } from "../../http/auth-context.ts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { toChinaDate, toDbDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import type { SeekersService } from "../seekers/index.ts";
import type { TransferCountsAnnouncer } from "./transfer-counts-announcer.ts";
import type { TransferReads } from "./transfer-reads.ts";
import { exportAccess, readAccess } from "./transfer-scope.ts";
import type { TransfersRepository } from "./transfers.repository.ts";

export interface TransferMovementDeps {
  transfers: TransfersRepository;
  seekers: Pick<SeekersService, "findSeekerIdByIdNumber" | "seekerIdFromBadge">;
  announcer: TransferCountsAnnouncer;
  clock: Clock;
}

const notOnManifest = () => new AppError("NOT_ON_MANIFEST", "此人不在本批次名单上");
const wrongState = (state: TransferMemberState, action: string) =>
  new AppError("CONFLICT", `此人当前为“${STAFF_LABELS.transferMemberState[state]}”，不能${action}`);
const invalidField = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", field], message }] });

export function createTransferMovements(deps: TransferMovementDeps & { reads: TransferReads }) {
  const { transfers, seekers, announcer, clock, reads } = deps;

  /** The desk's scan time: a clock running ahead is refused, as at the fair desk. */
  function scanTime(scannedAt: string | undefined): Date {
    const now = clock.now();
    const at = scannedAt === undefined ? now : new Date(scannedAt);
    if (at.getTime() > now.getTime() + SCANNED_AT_MAX_SKEW_MS) throw invalidField("scannedAt", "扫码时间晚于当前时间，请检查设备时钟");
    return at;
  }

  /** The person scanned; null when the ID number is unknown (then not on any list). */
  async function scannedSeekerId(input: BoardingRequest): Promise<string | null> {
    if (input.seekerId) return input.seekerId;
    if (input.badgeToken) return seekers.seekerIdFromBadge(input.badgeToken);
    return input.idNumber ? seekers.findSeekerIdByIdNumber(input.idNumber) : null;
  }

  const answer = (seekerId: string, state: TransferMemberState, duplicate: boolean): TransferMemberResponse => ({
    member: { seekerId, state },
    duplicate,
  });

  return {
    async board(id: string, input: BoardingRequest, auth: AuthContext): Promise<TransferMemberResponse> {
      const at = scanTime(input.scannedAt);
      const seekerId = await scannedSeekerId(input);
      const { clientRequestId } = input;
      const result = await transfers.board({ transferId: id, seekerId, clientRequestId, at, scope: auth.scope });
      if (result.boarded && seekerId) {
        announcer.changed(id);
        return answer(seekerId, "BOARDED", false);
      }
      if (result.transferStatus === null) throw notFound("转移批次");
      const outcome = await transfers.boardingOutcome(id, clientRequestId, seekerId);
      // A desk resending a scan (offline queue, lost answer) gets the answer of the first one.
      if (outcome.replayOf && outcome.replayState) return answer(outcome.replayOf, outcome.replayState, true);
      if (result.transferStatus === "DEPARTED") throw new AppError("CONFLICT", "车辆已出发，不能再登记上车");
      if (!seekerId || !outcome.memberState) throw notOnManifest();
      if (outcome.memberState === "BOARDED") return answer(seekerId, "BOARDED", true);
      throw wrongState(outcome.memberState, "登记上车");
    },

    async depart(id: string, auth: AuthContext): Promise<TransferDetail> {
      await reads.getTransferRow(id, exportAccess(auth.scope));
      if (!(await transfers.depart(id, clock.now()))) throw new AppError("CONFLICT", "该批次已出发");
      announcer.changed(id);
      return reads.toDetail(await reads.getTransferRow(id, exportAccess(auth.scope)));
    },

    async confirmArrival(id: string, input: ArrivalRequest, auth: AuthContext): Promise<TransferMemberResponse> {
      const row = await reads.getTransferRow(id, readAccess(auth));
      if (row.status !== "DEPARTED" || !row.departedAt) throw new AppError("CONFLICT", "该批次尚未出发，不能确认到岗");
      const today = toChinaDate(clock.now());
      const arrivedOn = input.arrivedOn ?? today;
      if (arrivedOn > today) throw invalidField("arrivedOn", "到岗日期不能晚于今天");
      if (arrivedOn < toChinaDate(row.departedAt)) throw invalidField("arrivedOn", "到岗日期不能早于出发日期");
      if (await transfers.markArrived(id, input.seekerId, toDbDate(arrivedOn))) {
        announcer.changed(id);
        return answer(input.seekerId, "ARRIVED", false);
      }
      const member = await transfers.findMember(id, input.seekerId);
      if (!member) throw notOnManifest();
      if (member.state === "ARRIVED") return answer(input.seekerId, "ARRIVED", true);
      throw wrongState(member.state, "确认到岗");
    },

    async recordException(id: string, input: TransferExceptionRequest, auth: AuthContext): Promise<TransferMemberResponse> {
      await reads.getTransferRow(id, readAccess(auth));
      const member = await transfers.findMember(id, input.seekerId);
      if (!member) throw notOnManifest();
      const note = input.note ?? null;
      if (member.state === "EXCEPTION" && member.exceptionReason === input.reason && member.note === note) {
        return answer(input.seekerId, "EXCEPTION", true);
      }
      await transfers.markException(id, input.seekerId, input.reason, note);
      announcer.changed(id);
      return answer(input.seekerId, "EXCEPTION", false);
    },
  };
}
