// The database's own TimeZone must not shift any instant the app writes or reads: Chinese
// servers run in Asia/Shanghai (as every test database here does by default, see
// testing/test-database.ts). Before sessions were pinned to UTC, a Date went in 8 h early
// and now() came back 8 h late.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ timeZone: "Asia/Shanghai" });
});
afterAll(() => database.drop());

describe("database sessions on a server in another time zone", () => {
  it("the database really defaults to Asia/Shanghai for a plain connection", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query("SHOW timezone");
    await client.end();
    expect(rows[0].TimeZone).toBe("Asia/Shanghai");
  });

  it("reads now() as the same instant as the app's clock", async () => {
    const before = Date.now();
    const [row] = await database.db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
    const after = Date.now();
    // Same machine, same clock: the instant lies between the two readings (an offset would be hours).
    expect(row!.now.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(row!.now.getTime()).toBeLessThanOrEqual(after + 1_000);
  });

  it("stores a Date as the instant it is, compared with SQL's now() and read back unchanged", async () => {
    const at = new Date();
    const event = await database.db.outboxEvent.create({ data: { topic: "tz.check", aggregateId: "a", payload: {}, createdAt: at } });
    const [row] = await database.db.$queryRaw<{ seconds: number; utc: string }[]>`
      SELECT extract(epoch FROM now() - "createdAt")::float8 AS seconds,
             to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS utc
      FROM outbox_events WHERE id = ${event.id}`;
    expect(Math.abs(row!.seconds)).toBeLessThan(60);
    expect(`${row!.utc}Z`).toBe(at.toISOString());
    const read = await database.db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(read.createdAt.toISOString()).toBe(at.toISOString());
  });
});

describe("the Prisma client and driver adapter combination", () => {
  // Prisma 6.19 (the last line whose CLI migrates through the WebAssembly engine offline)
  // with adapter-pg 7.10 (6.19's adapter fails on "name" columns during introspection). The
  // majors differ: ARCHITECTURE.md ("Upgrading Prisma") lists what to re-check before moving
  // either, and this test fails on any change so that list is read.
  it("is the pinned pair", () => {
    // Read from the installed folders: the adapter's exports do not list its package.json.
    const require = createRequire(import.meta.url);
    const version = (name: string) => {
      const entry = require.resolve(name);
      const root = entry.slice(0, entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length);
      return (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
    };
    expect(version("@prisma/client")).toBe("6.19.3");
    expect(version("@prisma/adapter-pg")).toBe("7.10.1");
  });
});
