// The demo's organised transfer (组织化输出): a few days after the spring fair, 古丈县人社局
// took some of its hires who work in Jinan there by train. The train left (DEPARTED); most
// arrived the next day, one never came to the station, one left the train on the way.
// Deterministic for a given day: the members are the first spring placements in Jinan.
import type { PrismaClient } from "../../apps/api/src/generated/prisma/client.ts";
import { addDays, toChinaDate } from "../../packages/contracts/src/calendar-dates.ts";
import type { AfterFairData } from "./after-fair.data.ts";
import type { EmployerSeed } from "./employers.data.ts";
import { demoUuid, MINUTE_MS } from "./seed-random.ts";

export const DEMO_TRANSFER_ID = demoUuid("transfer", "spring-jinan");
export const DEMO_TRANSFER_TITLE = "古丈—济南 春季劳务输出专列";
/** Members by state, as GET /api/transfers/:id counts them. */
export const DEMO_TRANSFER_COUNTS = { listed: 0, boarded: 0, arrived: 10, noShow: 1, exceptions: 1 } as const;
const MEMBER_COUNT = DEMO_TRANSFER_COUNTS.arrived + DEMO_TRANSFER_COUNTS.noShow + DEMO_TRANSFER_COUNTS.exceptions;
const LEFT_EN_ROUTE_NOTE = "列车经停怀化站时下车，称家中老人生病需回家照顾，已电话联系本人及家属";

export interface DemoTransferMember {
  seekerKey: number;
  state: "ARRIVED" | "NO_SHOW" | "EXCEPTION";
  boardedAt: Date | null;
  arrivedOn: string | null;
  exceptionReason: "LEFT_EN_ROUTE" | null;
  note: string | null;
}
export interface DemoTransfer {
  title: string;
  departsAt: Date;
  departedAt: Date;
  createdAt: Date;
  destinationRegionCode: string;
  members: DemoTransferMember[];
}

/** The spring fair's transfer to Jinan: its hires placed with Jinan employers, leaving three days after the fair. */
export function buildDemoTransfer(spring: AfterFairData, employers: readonly EmployerSeed[]): DemoTransfer {
  const jinan = new Set(employers.filter((e) => e.regionCode.startsWith("3701")).map((e) => e.key));
  const hires = spring.placements.filter((p) => jinan.has(p.employerKey)).slice(0, MEMBER_COUNT);
  if (hires.length < MEMBER_COUNT) throw new Error(`only ${hires.length} spring hires in Jinan`);
  const departureDay = addDays(toChinaDate(spring.fair.startsAt), 3);
  const departsAt = new Date(`${departureDay}T08:30:00.000+08:00`);
  const arrivedOn = addDays(departureDay, 1);
  const members = hires.map((p, i): DemoTransferMember => {
    const boardedAt = new Date(departsAt.getTime() - (40 - i * 2) * MINUTE_MS);
    if (i === MEMBER_COUNT - 2)
      return { seekerKey: p.seekerKey, state: "NO_SHOW", boardedAt: null, arrivedOn: null, exceptionReason: null, note: null };
    if (i === MEMBER_COUNT - 1) {
      return {
        seekerKey: p.seekerKey,
        state: "EXCEPTION",
        boardedAt,
        arrivedOn: null,
        exceptionReason: "LEFT_EN_ROUTE",
        note: LEFT_EN_ROUTE_NOTE,
      };
    }
    return { seekerKey: p.seekerKey, state: "ARRIVED", boardedAt, arrivedOn, exceptionReason: null, note: null };
  });
  return {
    title: DEMO_TRANSFER_TITLE,
    departsAt,
    departedAt: new Date(departsAt.getTime() + 5 * MINUTE_MS),
    createdAt: new Date(spring.fair.endsAt.getTime() + 3 * 60 * MINUTE_MS),
    destinationRegionCode: "370100",
    members,
  };
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function writeDemoTransfer(
  tx: Tx,
  transfer: DemoTransfer,
  by: { organisationId: string; createdById: string },
): Promise<void> {
  const arrivedAt = (m: DemoTransferMember) => (m.arrivedOn ? new Date(`${m.arrivedOn}T10:00:00.000+08:00`) : transfer.departedAt);
  await tx.transfer.create({
    data: {
      id: DEMO_TRANSFER_ID,
      organisationId: by.organisationId,
      title: transfer.title,
      departsAt: transfer.departsAt,
      transport: "TRAIN",
      destinationRegionCode: transfer.destinationRegionCode,
      status: "DEPARTED",
      departedAt: transfer.departedAt,
      createdById: by.createdById,
      createdAt: transfer.createdAt,
      updatedAt: transfer.departedAt,
    },
  });
  await tx.transferMember.createMany({
    data: transfer.members.map((m) => ({
      transferId: DEMO_TRANSFER_ID,
      seekerId: demoUuid("seeker", m.seekerKey),
      state: m.state,
      boardedAt: m.boardedAt,
      boardingRequestId: m.boardedAt ? demoUuid("transfer-boarding", m.seekerKey) : null,
      arrivedOn: m.arrivedOn ? new Date(`${m.arrivedOn}T00:00:00.000Z`) : null,
      exceptionReason: m.exceptionReason,
      note: m.note,
      listedAt: transfer.createdAt,
      updatedAt: arrivedAt(m),
    })),
  });
}
