// What a check-in burst left behind, counted the same way by every fault test: each
// acknowledged check-in must be a stored row with its own clientRequestId (lost otherwise),
// one row per seeker and per request (duplicated otherwise), and no row nobody sent.
import type { CheckInAck, DeskResult } from "./desk-client.ts";

export interface StoredCheckIn {
  id: string;
  seekerId: string;
  clientRequestId: string;
}

export interface CheckInTally {
  sent: number;
  acks: CheckInAck[];
  stored: number;
  duplicated: number;
  lost: CheckInAck[];
  /** Rows whose clientRequestId no desk sent. */
  strangers: StoredCheckIn[];
  /** Acknowledged after more than one attempt. */
  retried: CheckInAck[];
  unacknowledged: string[];
  failedAttempts: number;
}

export function tallyCheckIns(results: readonly DeskResult[], rows: readonly StoredCheckIn[]): CheckInTally {
  const acks = results.flatMap((r) => r.acks);
  const sentIds = new Set(results.flatMap((r) => [...r.acks.map((x) => x.clientRequestId), ...r.unacknowledged]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const perRequest = new Map<string, number>();
  for (const row of rows) perRequest.set(row.clientRequestId, (perRequest.get(row.clientRequestId) ?? 0) + 1);
  const seekers = new Set(rows.map((r) => r.seekerId));
  return {
    sent: results.reduce((n, r) => n + r.sent, 0),
    acks,
    stored: rows.length,
    duplicated: rows.length - seekers.size + [...perRequest.values()].reduce((n, c) => n + Math.max(0, c - 1), 0),
    lost: acks.filter((ack) => byId.get(ack.checkInId)?.clientRequestId !== ack.clientRequestId),
    strangers: rows.filter((r) => !sentIds.has(r.clientRequestId)),
    retried: acks.filter((x) => x.attempts > 1),
    unacknowledged: results.flatMap((r) => r.unacknowledged),
    failedAttempts: results.reduce((n, r) => n + r.failedAttempts, 0),
  };
}
