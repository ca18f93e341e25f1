// Fault (a): two API processes on one database; desks check seekers in at both; process A
// is killed with SIGKILL in the middle of the burst and started again on its port. Desks
// resend every unanswered request with the same clientRequestId. Every acknowledged
// check-in must be stored exactly once: nothing lost, nothing doubled.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "../../apps/api/src/infra/free-port.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createFair, createSeeker, createUser } from "../../apps/api/src/testing/factories.ts";
import { createTestDatabase, type TestDatabase } from "../../apps/api/src/testing/test-database.ts";
import { type ApiProcess, LIVE_API_PROCESS, startApiProcess } from "./support/api-process.ts";
import { tallyCheckIns } from "./support/checkin-tally.ts";
import { type DeskResult, runDesk } from "./support/desk-client.ts";
import { signInCookie } from "./support/sign-in-cookie.ts";

const DESKS = 8;
const PER_DESK = 40;
/** A is killed once this share of all check-ins has been acknowledged. */
const KILL_AT = 0.3;
const masterKey = generateMasterKey();
const fieldCrypto = createFieldCrypto(masterKey);
let database: TestDatabase;
const processes: ApiProcess[] = [];

async function start(port: number): Promise<ApiProcess> {
  const api = await startApiProcess({
    script: LIVE_API_PROCESS,
    port,
    env: {
      DATABASE_URL: database.url,
      DATA_ENCRYPTION_KEY: masterKey,
      MEILI_URL: inject("meiliUrl"),
      MEILI_MASTER_KEY: inject("meiliKey"),
      LOG_LEVEL: "warn",
    },
  });
  processes.push(api);
  return api;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(processes.map((p) => p.kill("SIGTERM")));
  await database.drop();
});

describe("kill -9 an API process during a check-in burst", { timeout: 120_000 }, () => {
  it("stores every acknowledged check-in exactly once after client retries: lost = 0, duplicated = 0", async () => {
    const fair = await createFair(database.db, { status: "OPEN" });
    const seekers: { id: string }[] = [];
    for (let i = 0; i < DESKS * PER_DESK; i += 40) {
      seekers.push(...(await Promise.all(Array.from({ length: 40 }, () => createSeeker(database.db, fieldCrypto)))));
    }
    const users = await Promise.all(Array.from({ length: DESKS }, () => createUser(database.db, { role: "STAFF" })));
    const [portA, portB] = [await findFreePort(), await findFreePort()];
    let a = await start(portA);
    const b = await start(portB);
    // Sessions live in PostgreSQL: a cookie from either process works on both, and after a restart.
    const cookies = await Promise.all(users.map((u, desk) => signInCookie(desk % 2 ? b.url : a.url, u.username, u.password)));

    let acknowledged = 0;
    let killed: Promise<void> | null = null;
    const restarted = { at: 0, killedAt: 0 };
    const killAndRestart = async () => {
      restarted.killedAt = Date.now();
      await a.kill("SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 300));
      a = await start(portA);
      restarted.at = Date.now();
    };
    const deadline = Date.now() + 90_000;
    const results: DeskResult[] = await Promise.all(
      users.map((_, desk) =>
        runDesk({
          // Even desks are served by A (the one killed), odd desks by B.
          baseUrl: () => (desk % 2 ? b.url : `http://127.0.0.1:${portA}`),
          cookie: cookies[desk]!,
          fairId: fair.id,
          requests: Array.from({ length: PER_DESK }, (_, i) => ({
            clientRequestId: `fault-desk-${desk}-${i}`,
            seekerId: seekers[desk * PER_DESK + i]!.id,
          })),
          deadline,
          onAck: () => {
            acknowledged++;
            if (!killed && acknowledged >= DESKS * PER_DESK * KILL_AT) killed = killAndRestart();
          },
        }),
      ),
    );
    await killed;

    const rows = await database.db.checkIn.findMany({
      where: { fairId: fair.id },
      select: { id: true, seekerId: true, clientRequestId: true },
    });
    const { sent, acks, duplicated, lost, strangers, retried, unacknowledged, failedAttempts } = tallyCheckIns(results, rows);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const committedBeforeCrash = retried.filter((x) => x.duplicate);

    console.log(
      [
        `kill -9 during a check-in burst (${DESKS} desks × ${PER_DESK}, 2 API processes, A killed after ${Math.round(KILL_AT * 100)} % acknowledged, back in ${((restarted.at - restarted.killedAt) / 1000).toFixed(1)} s):`,
        `  sent ${sent} / acknowledged ${acks.length} / stored ${rows.length} / duplicated ${duplicated} / lost ${lost.length}`,
        `  attempts without an answer: ${failedAttempts}; requests retried: ${retried.length}, of which ${committedBeforeCrash.length} had been stored before their answer was lost (replay answered duplicate:true)`,
      ].join("\n"),
    );

    expect(restarted.at, "process A was killed and restarted during the burst").toBeGreaterThan(0);
    expect(retried.length, "some requests went unanswered and were retried").toBeGreaterThan(0);
    expect(unacknowledged).toEqual([]);
    expect(sent).toBe(DESKS * PER_DESK);
    expect(acks).toHaveLength(sent);
    expect(lost).toEqual([]);
    expect(duplicated).toBe(0);
    expect(strangers).toEqual([]);
    expect(rows).toHaveLength(sent);
    // A retried request acknowledged as a replay names the row its first attempt stored.
    for (const ack of committedBeforeCrash) expect(byId.get(ack.checkInId)?.clientRequestId).toBe(ack.clientRequestId);
    expect(b.alive()).toBe(true);
    expect(a.alive()).toBe(true);
  });
});
