// Transfers and their members written directly, for tests that need one in a given state.
import type { TransferMemberState, TransferStatus } from "@xiezuo/contracts";
import type { Db } from "../../../lib/prisma.ts";

export function createTransferRow(
  db: Db,
  input: {
    organisationId: string;
    destinationRegionCode?: string;
    employerId?: string | null;
    status?: TransferStatus;
    title?: string;
  },
) {
  const departed = input.status === "DEPARTED";
  return db.transfer.create({
    data: {
      organisationId: input.organisationId,
      title: input.title ?? "古丈—济南 组织化输出",
      departsAt: new Date("2026-03-01T00:00:00Z"),
      transport: "BUS",
      destinationRegionCode: input.destinationRegionCode ?? "370100",
      employerId: input.employerId ?? null,
      status: input.status ?? "PLANNED",
      departedAt: departed ? new Date("2026-03-01T00:30:00Z") : null,
    },
  });
}

/** Puts the seekers on the list in `state` (BOARDED ones get a boarding time and request id). */
export async function addMemberRows(db: Db, transferId: string, seekerIds: string[], state: TransferMemberState = "LISTED") {
  await db.transferMember.createMany({
    data: seekerIds.map((seekerId) => ({
      transferId,
      seekerId,
      state,
      boardedAt: state === "BOARDED" ? new Date("2026-03-01T00:20:00Z") : null,
      boardingRequestId: state === "BOARDED" ? `seeded-${seekerId}` : null,
    })),
  });
}
