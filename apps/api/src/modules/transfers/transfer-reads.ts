// Loading a transfer the caller may see (404 otherwise) and its full answer, shared by the
// planning and the movement services.
import type { TransferDetail } from "@xiezuo/contracts";
import { notFound } from "../../lib/app-error.ts";
import { toChinaDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import type { TransferAccess } from "./transfer-scope.ts";
import { countStates, toTransfer, toTransferMember } from "./transfer-view.ts";
import type { TransferRow, TransfersRepository } from "./transfers.repository.ts";

export function createTransferReads(transfers: TransfersRepository, clock: Clock) {
  return {
    /** Outside the access rule (transfer-scope.ts) the transfer does not exist. */
    async getTransferRow(id: string, access: TransferAccess): Promise<TransferRow> {
      const row = await transfers.findTransfer(id, access);
      if (!row) throw notFound("转移批次");
      return row;
    },

    /** The transfer with its members and their counts, from the same rows. */
    async toDetail(row: TransferRow): Promise<TransferDetail> {
      const members = await transfers.findMembers(row.id);
      const today = toChinaDate(clock.now());
      return {
        ...toTransfer(row, countStates(members.map((m) => m.state))),
        members: members.map((m) => toTransferMember(m, today)),
      };
    },
  };
}

export type TransferReads = ReturnType<typeof createTransferReads>;
