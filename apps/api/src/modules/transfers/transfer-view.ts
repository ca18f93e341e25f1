// What a transfer, its members and its candidates look like in an answer: masked briefs only.
import type { Transfer, TransferCounts, TransferMember, TransferMemberState, TransferSeeker } from "@xiezuo/contracts";
import { formatDbDate } from "../../lib/calendar-dates.ts";
import { toSeekerBrief } from "../intents/index.ts";
import type { MemberRow, TransferRow, TransferSeekerRow } from "./transfers.repository.ts";

export const NO_MEMBERS: TransferCounts = Object.freeze({ listed: 0, boarded: 0, arrived: 0, noShow: 0, exceptions: 0 });

const COUNT_OF_STATE: Record<TransferMemberState, keyof TransferCounts> = {
  LISTED: "listed",
  BOARDED: "boarded",
  ARRIVED: "arrived",
  NO_SHOW: "noShow",
  EXCEPTION: "exceptions",
};

/** Members by their current state (the same figures as sql/transfer-counts.sql.ts, from loaded rows). */
export function countStates(states: readonly TransferMemberState[]): TransferCounts {
  const counts = { ...NO_MEMBERS };
  for (const state of states) counts[COUNT_OF_STATE[state]]++;
  return counts;
}

export function toTransfer(row: TransferRow, counts: TransferCounts): Transfer {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    organisationId: row.organisationId,
    departsAt: row.departsAt.toISOString(),
    departedAt: row.departedAt?.toISOString() ?? null,
    transport: row.transport,
    destinationRegionCode: row.destinationRegionCode,
    employerId: row.employerId,
    employerName: row.employer?.name ?? null,
    counts,
    createdAt: row.createdAt.toISOString(),
  };
}

/** `today`: the China date the age is counted on. */
export function toTransferSeeker(row: TransferSeekerRow, today: string): TransferSeeker {
  return { ...toSeekerBrief(row, today), township: row.household?.township ?? null, village: row.household?.village ?? null };
}

export function toTransferMember(row: MemberRow, today: string): TransferMember {
  return {
    seekerId: row.seekerId,
    state: row.state,
    boardedAt: row.boardedAt?.toISOString() ?? null,
    arrivedOn: row.arrivedOn ? formatDbDate(row.arrivedOn) : null,
    exceptionReason: row.exceptionReason,
    note: row.note,
    seeker: toTransferSeeker(row.seeker, today),
  };
}
