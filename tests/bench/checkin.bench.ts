// `pnpm bench checkin`: 1,000 organiser dashboards joined to a fair's live room, then a
// burst of 5,000 badge check-ins from 50 desks (each a sequential keep-alive loop).
// Reports check-ins/s, check-in → event latency (request sent → a dashboard hears it),
// and the ratio to a bare INSERT endpoint served by the same API process (the same row into
// check_ins by one raw pg INSERT: no session, validation, idempotency or events), measured
// in the same run before and after the burst.
// Target: ratio ≥ 0.5. BENCH_PROFILE_DIR=dir saves a CPU profile of the API process
// during the check-in burst (checkin-burst.cpuprofile).
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { createBadgeTokens } from "../../apps/api/src/lib/badge-token.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { type BenchDatabase, formatRate, startBenchDatabase, withDeadline } from "./bench-database.ts";
import { seedCheckinBench } from "./checkin-bench-seed.ts";
import { readCpu } from "./support/api-bench-load.ts";
import {
  BENCH_API_PROCESS,
  burst as burstOf,
  now,
  percentile,
  request,
  signInAll,
  startChild,
  stopChildren,
} from "./support/desk-burst.ts";

const DESKS = Number(process.env.BENCH_DESKS ?? 50);
const PER_DESK = Number(process.env.BENCH_PER_DESK ?? 100);
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const DASHBOARD_PROCESSES = 2;
const burst = (perDesk: Parameters<typeof burstOf>[1]) => burstOf(DESKS, perDesk);

async function main() {
  const database: BenchDatabase = await startBenchDatabase("checkin");
  const masterKey = generateMasterKey();
  const fieldCrypto = createFieldCrypto(masterKey);
  const badges = createBadgeTokens(fieldCrypto);
  const children: ChildProcess[] = [];
  const seedDb = createPrismaClient(database.url, { poolSize: 4 });
  try {
    const seed = await seedCheckinBench(seedDb, fieldCrypto, {
      seekers: DESKS * PER_DESK,
      warmup: DESKS * 4,
      desks: DESKS,
      passwordHash: await hashPassword("bench-password-1"),
    });
    await seedDb.$disconnect();

    // Request logs are written as in production (LOG_LEVEL info), to a sink nobody reads.
    const server = startChild(BENCH_API_PROCESS, {
      DATABASE_URL: database.url,
      DATA_ENCRYPTION_KEY: masterKey,
      BARE_INSERT: "1",
      LOG_LEVEL: "info",
    });
    children.push(server.child);
    const { port: apiPort } = await withDeadline(server.ready, 60_000, "API process start");
    const barePort = apiPort;
    const [organiser, ...desks] = await signInAll(apiPort!, [seed.organiser, ...seed.desks], "bench-password-1");

    const dashboards = Array.from({ length: DASHBOARD_PROCESSES }, () =>
      startChild("checkin-bench-dashboards.ts", {
        BENCH_URL: `http://127.0.0.1:${apiPort}`,
        BENCH_COOKIE: organiser!,
        BENCH_FAIR_ID: seed.fairId,
        BENCH_SOCKETS: String(SOCKETS / DASHBOARD_PROCESSES),
      }),
    );
    children.push(...dashboards.map((d) => d.child));
    const connectStarted = performance.now();
    await withDeadline(Promise.all(dashboards.map((d) => d.ready)), 120_000, "dashboards joining");
    const connectSeconds = (performance.now() - connectStarted) / 1000;

    // The bare table has the same unique keys as check_ins: each run writes under its own fair id.
    // Each bare run writes the burst's seekers under a fair of its own (check_ins keys are per fair).
    const bareOnce = (fairId: string, tag: string) =>
      burst(async (desk, agent) => {
        for (let i = 0; i < PER_DESK; i++) {
          const res = await request(agent, barePort!, "POST", `/bare/fairs/${fairId}/checkins`, null, {
            seekerId: seed.seekerIds[desk * PER_DESK + i],
            clientRequestId: `${tag}-${desk}-${i}`,
          });
          if (res.status !== 201) throw new Error(`bare insert answered ${res.status}`);
        }
      });

    // Warm-up (JIT, pools, prepared plans) on both endpoints, on another fair nobody watches.
    await burst(async (desk, agent) => {
      for (let i = 0; i < 4; i++) {
        const token = badges.sign(seed.warmupSeekerIds[desk * 4 + i]!);
        await request(agent, apiPort!, "POST", `/api/fairs/${seed.warmupFairId}/checkins`, desks[desk]!, {
          badgeToken: token,
          clientRequestId: `warmup-${desk}-${i}`,
        });
        await request(agent, barePort!, "POST", `/bare/fairs/${seed.bareFairIds[2]}/checkins`, null, {
          seekerId: seed.warmupSeekerIds[desk * 4 + i],
          clientRequestId: `warm-${desk}-${i}`,
        });
      }
    });

    const apiCpu = () => readCpu(server.child);
    const cpu0 = await apiCpu();
    const bareBefore = await withDeadline(bareOnce(seed.bareFairIds[0]!, "bare1"), 120_000, "bare INSERT burst");
    const cpu1 = await apiCpu();
    const profileDir = process.env.BENCH_PROFILE_DIR;
    if (profileDir) server.child.send({ profileStart: true });

    const sentAt = new Map<string, number>();
    let duplicates = 0;
    const checkinSeconds = await withDeadline(
      burst(async (desk, agent) => {
        for (let i = 0; i < PER_DESK; i++) {
          const token = badges.sign(seed.seekerIds[desk * PER_DESK + i]!);
          const sent = now();
          const res = await request<{ checkIn: { id: string }; duplicate: boolean }>(
            agent,
            apiPort!,
            "POST",
            `/api/fairs/${seed.fairId}/checkins`,
            desks[desk]!,
            {
              badgeToken: token,
              clientRequestId: `desk-${desk}-request-${i}`,
              scannedAt: new Date().toISOString(),
            },
          );
          if (res.status !== 201) throw new Error(`check-in answered ${res.status} ${JSON.stringify(res.body)}`);
          if (res.body.duplicate) duplicates++;
          sentAt.set(res.body.checkIn.id, sent);
        }
      }),
      300_000,
      "check-in burst",
    );

    if (profileDir) server.child.send({ profileSave: path.resolve(profileDir, "checkin-burst.cpuprofile") });
    const cpu2 = await apiCpu();
    const bareAfter = await withDeadline(bareOnce(seed.bareFairIds[1]!, "bare2"), 120_000, "bare INSERT burst (after)");
    const cpu3 = await apiCpu();

    // Collect what the dashboards heard (give the last broadcasts a moment to land).
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const reports = await Promise.all(
      dashboards.map(
        (d) =>
          new Promise<{ received: number[]; announcedAt: [string, number][] }>((resolve) => {
            d.child.on(
              "message",
              (m: { report?: { received: number[]; announcedAt: [string, number][] } }) => m.report && resolve(m.report),
            );
            d.child.send({ report: true });
          }),
      ),
    );
    const received = reports.flatMap((r) => r.received);
    const announced = new Map<string, number>();
    for (const r of reports)
      for (const [id, at] of r.announcedAt) announced.set(id, Math.min(at, announced.get(id) ?? Number.POSITIVE_INFINITY));
    const latencies = [...sentAt].flatMap(([id, sent]) => (announced.has(id) ? [announced.get(id)! - sent] : [])).sort((a, b) => a - b);

    const total = DESKS * PER_DESK;
    const checkinRate = total / checkinSeconds;
    const bareRate = (2 * total) / (bareBefore + bareAfter);
    console.log(
      `\nLive check-in burst (PostgreSQL ${database.durable ? "durable" : "fsync off"}; API and bare endpoint in one API process, pools of 10)`,
    );
    console.log(
      `  ${SOCKETS} dashboard sockets joined the fair's room in ${connectSeconds.toFixed(1)} s (${DASHBOARD_PROCESSES} client processes)`,
    );
    console.log(
      `  bare INSERT endpoint: ${formatRate(total / bareBefore)} req/s before, ${formatRate(total / bareAfter)} req/s after → ${formatRate(bareRate)} req/s`,
    );
    console.log(
      `  check-ins: ${total} from ${DESKS} desks in ${checkinSeconds.toFixed(2)} s → ${formatRate(checkinRate)} check-ins/s (${duplicates} duplicates)`,
    );
    console.log(`  ratio check-ins/s ÷ bare INSERT/s: ${(checkinRate / bareRate).toFixed(2)} (target ≥ 0.5)`);
    const bareCpu = (cpu1 - cpu0 + (cpu3 - cpu2)) / (2 * total);
    console.log(
      `  API process CPU per request: bare INSERT ${Math.round(bareCpu)} µs, check-in ${Math.round((cpu2 - cpu1) / total)} µs ` +
        `(check-in incl. its share of ${SOCKETS}-socket broadcasts; ratio of costs ${(bareCpu / ((cpu2 - cpu1) / total)).toFixed(2)})`,
    );
    console.log(
      `  check-in → event latency over ${latencies.length} announced check-ins: p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${(latencies.at(-1) ?? Number.NaN).toFixed(0)} ms`,
    );
    console.log(
      `  events per dashboard socket: min ${Math.min(...received)}, max ${Math.max(...received)} (${received.reduce((a, b) => a + b, 0).toLocaleString("en-US")} deliveries)`,
    );
    if (latencies.length !== total)
      console.log(`  WARNING: ${total - latencies.length} check-ins were never announced to the sampling sockets`);
  } finally {
    await stopChildren(children);
    await database.stop();
  }
}

await main();
