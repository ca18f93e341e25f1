// `pnpm bench boarding`: the departure morning of an organised transfer. 50 boarding desks,
// each a sequential keep-alive loop of 100 badge scans (`badgeToken`, `clientRequestId`,
// `scannedAt`), board the 5,000 people listed on a transfer, while a screen watches the
// transfers' live rooms. Baseline in the same API process and the same run: the fair desk's
// check-in burst of the same desks and people (the seeding and burst of `pnpm bench checkin`).
// Two rounds of check-ins then boardings (two fairs, two transfers), so neither path always
// runs first. Reports boardings/s ÷ check-ins/s (target ≥ 0.9: one statement each after the
// same session lookup) and CPU per request, then proves the outcome: 5,000 BOARDED, every
// replay answered 200 as a duplicate, the screen's last transfer:counts holding the figures.
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import type { FairJoinAck, TransferCountsEvent } from "@xiezuo/contracts";
import { io as connect } from "socket.io-client";
import { createBadgeTokens } from "../../apps/api/src/lib/badge-token.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { createPrismaClient, type Db } from "../../apps/api/src/lib/prisma.ts";
import { addMemberRows, createTransferRow } from "../../apps/api/src/modules/transfers/testing/transfer-rows.ts";
import { formatRate, startBenchDatabase, withDeadline } from "./bench-database.ts";
import { seedCheckinBench } from "./checkin-bench-seed.ts";
import { readCpu } from "./support/api-bench-load.ts";
import { BENCH_API_PROCESS, burst, request, signInAll, startChild, stopChildren } from "./support/desk-burst.ts";

const DESKS = Number(process.env.BENCH_DESKS ?? 50);
const PER_DESK = Number(process.env.BENCH_PER_DESK ?? 100);
const TOTAL = DESKS * PER_DESK;
const PASSWORD = "bench-password-1";
const WARMUP_PER_DESK = 10;

/** A Guzhang transfer with `seekerIds` listed (members written in slices, as a bulk listing would). */
async function seedTransfer(db: Db, organisationId: string, seekerIds: string[]): Promise<string> {
  const transfer = await createTransferRow(db, { organisationId, title: `压测转移批次-${seekerIds.length}` });
  for (let start = 0; start < seekerIds.length; start += 1000) await addMemberRows(db, transfer.id, seekerIds.slice(start, start + 1000));
  return transfer.id;
}

async function watchTransfers(port: number, cookie: string, transferIds: string[]) {
  const socket = connect(`http://127.0.0.1:${port}/live`, {
    transports: ["websocket"],
    extraHeaders: { Cookie: cookie },
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  for (const transferId of transferIds) {
    const ack = await new Promise<FairJoinAck>((resolve) => socket.emit("transfer:join", { transferId }, resolve));
    if (!ack.ok) throw new Error(`transfer:join refused: ${JSON.stringify(ack)}`);
  }
  const heard: TransferCountsEvent[] = [];
  socket.on("transfer:counts", (event: TransferCountsEvent) => heard.push(event));
  return { heard, close: () => socket.disconnect() };
}

async function main() {
  const database = await startBenchDatabase("boarding");
  const masterKey = generateMasterKey();
  const badges = createBadgeTokens(createFieldCrypto(masterKey));
  const children: ChildProcess[] = [];
  const seedDb = createPrismaClient(database.url, { poolSize: 4 });
  try {
    const seed = await seedCheckinBench(seedDb, createFieldCrypto(masterKey), {
      seekers: TOTAL,
      warmup: DESKS * WARMUP_PER_DESK,
      desks: DESKS,
      passwordHash: await hashPassword(PASSWORD),
    });
    const guzhang = await seedDb.organisation.create({ data: { name: "古丈县人社局（压测）", regionCode: "433126" } });
    const transferIds = [await seedTransfer(seedDb, guzhang.id, seed.seekerIds), await seedTransfer(seedDb, guzhang.id, seed.seekerIds)];
    const warmupTransferId = await seedTransfer(seedDb, guzhang.id, seed.warmupSeekerIds);
    await seedDb.$disconnect();

    // Request logs at info to a sink nobody reads, as in production; no bare baseline needed.
    const server = startChild(BENCH_API_PROCESS, { DATABASE_URL: database.url, DATA_ENCRYPTION_KEY: masterKey, LOG_LEVEL: "info" });
    children.push(server.child);
    const { port } = await withDeadline(server.ready, 60_000, "API process start");
    const [organiser, ...desks] = await signInAll(port!, [seed.organiser, ...seed.desks], PASSWORD);
    const screen = await watchTransfers(port!, organiser!, transferIds);

    type Kind = "checkins" | "boardings";
    const path = (kind: Kind, id: string) => `/api/${kind === "checkins" ? "fairs" : "transfers"}/${id}/${kind}`;
    const scanAs = (agent: http.Agent, kind: Kind, id: string, desk: number, seekerId: string, requestId: string) =>
      request<{ duplicate: boolean }>(agent, port!, "POST", path(kind, id), desks[desk]!, {
        badgeToken: badges.sign(seekerId),
        clientRequestId: requestId,
        scannedAt: new Date().toISOString(),
      });
    /** Every desk scans its `perDesk` people in turn; each answer must be `status`. */
    const run = (kind: Kind, id: string, seekerIds: string[], tag: string, perDesk: number) =>
      burst(DESKS, async (desk, agent) => {
        for (let i = 0; i < perDesk; i++) {
          const res = await scanAs(agent, kind, id, desk, seekerIds[desk * perDesk + i]!, `${tag}-${desk}-${i}`);
          if (res.status !== 201) throw new Error(`${kind} answered ${res.status} ${JSON.stringify(res.body)}`);
        }
      });

    // Warm-up (JIT, pools, prepared plans) of both paths, on a fair and a transfer nobody measures.
    await run("checkins", seed.warmupFairId, seed.warmupSeekerIds, "warm-c", WARMUP_PER_DESK);
    await run("boardings", warmupTransferId, seed.warmupSeekerIds, "warm-b", WARMUP_PER_DESK);

    // Two rounds, check-ins then boardings, so neither path always runs first.
    const seconds = { checkins: 0, boardings: 0 };
    const cpu = { checkins: 0, boardings: 0 };
    for (const round of [0, 1]) {
      for (const [kind, id] of [
        ["checkins", round === 0 ? seed.fairId : seed.bareFairIds[0]!],
        ["boardings", transferIds[round]!],
      ] as const) {
        const cpuBefore = await readCpu(server.child);
        const took = await withDeadline(run(kind, id, seed.seekerIds, `${kind}${round}`, PER_DESK), 300_000, `${kind} burst`);
        cpu[kind] += (await readCpu(server.child)) - cpuBefore;
        seconds[kind] += took;
        console.log(`  round ${round + 1}: ${kind} ${formatRate(TOTAL / took)} /s`);
      }
    }

    // Replays of every desk's last scan (an offline queue resent): answered 200, nothing new.
    let duplicates = 0;
    await burst(DESKS, async (desk, agent) => {
      const i = PER_DESK - 1;
      const res = await scanAs(agent, "boardings", transferIds[0]!, desk, seed.seekerIds[desk * PER_DESK + i]!, `boardings0-${desk}-${i}`);
      if (res.status === 200 && res.body.duplicate) duplicates++;
    });
    const detail = await request<{ transfer: { counts: TransferCountsEvent["counts"] } }>(
      new http.Agent(),
      port!,
      "GET",
      `/api/transfers/${transferIds[0]}`,
      organiser!,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    screen.close();

    const checkinRate = (2 * TOTAL) / seconds.checkins;
    const boardingRate = (2 * TOTAL) / seconds.boardings;
    const [checkinCpu, boardingCpu] = [cpu.checkins / (2 * TOTAL), cpu.boardings / (2 * TOTAL)];
    const last = screen.heard.filter((e) => e.transferId === transferIds[0]).at(-1);
    console.log(
      `\nBoarding burst (PostgreSQL ${database.durable ? "durable" : "fsync off"}; one API process, pool of 10; 1 screen on the transfers' rooms)`,
    );
    console.log(
      `  check-ins (baseline): 2 × ${TOTAL} from ${DESKS} desks in ${seconds.checkins.toFixed(2)} s → ${formatRate(checkinRate)} /s`,
    );
    console.log(`  boardings: 2 × ${TOTAL} from ${DESKS} desks in ${seconds.boardings.toFixed(2)} s → ${formatRate(boardingRate)} /s`);
    console.log(`  ratio boardings/s ÷ check-ins/s: ${(boardingRate / checkinRate).toFixed(2)} (target ≥ 0.9)`);
    console.log(
      `  API process CPU per request: check-in ${Math.round(checkinCpu)} µs, boarding ${Math.round(boardingCpu)} µs (ratio of costs ${(checkinCpu / boardingCpu).toFixed(2)})`,
    );
    console.log(`  replays of ${DESKS} last scans: ${duplicates} answered 200 as duplicates`);
    console.log(`  counts after the burst: ${JSON.stringify(detail.body.transfer.counts)}`);
    console.log(`  the screen heard ${screen.heard.length} transfer:counts events; the last: ${JSON.stringify(last?.counts)}`);
    if (detail.body.transfer.counts.boarded !== TOTAL || last?.counts.boarded !== TOTAL || duplicates !== DESKS) {
      console.log("  WARNING: the outcome is not exact (see above)");
      process.exitCode = 1;
    }
  } finally {
    await stopChildren(children);
    await database.stop();
  }
}

await main();
