// `pnpm bench import`: 100,000 registry rows through POST /api/households/import (CSV,
// then the same file again, then as XLSX), against a baseline measured in the same run,
// before and after the imports: the same rows written with bare INSERT … SELECT FROM unnest
// in the same chunk size, in one transaction, into an empty copy of the table.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { createApp } from "../../apps/api/src/app.ts";
import { createFieldCrypto, generateMasterKey } from "../../apps/api/src/lib/field-crypto.ts";
import { createLogger } from "../../apps/api/src/lib/logger.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { createPrismaClient } from "../../apps/api/src/lib/prisma.ts";
import { createSearchClient } from "../../apps/api/src/lib/search-client.ts";
import { buildWorkbook } from "../../apps/api/src/lib/spreadsheet/testing/workbook.ts";
import { formatRate, startBenchDatabase, withDeadline } from "./bench-database.ts";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const CHUNK = 5000;
const STATUSES = ["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"] as const;
const TOWNSHIPS = ["古阳镇", "默戎镇", "红石林镇", "断龙山镇", "坪坝镇", "高峰镇", "岩头寨镇"];

function buildRows() {
  return Array.from({ length: ROWS }, (_, i) => ({
    code: `433126-${String(i + 1).padStart(7, "0")}`,
    region: "433126",
    township: TOWNSHIPS[i % TOWNSHIPS.length]!,
    village: `第${(i % 120) + 1}村`,
    status: STATUSES[i % 7 === 0 ? 0 : i % 4]!,
    members: i % 4,
  }));
}

type Row = ReturnType<typeof buildRows>[number];

async function baselineRowsPerSecond(pool: pg.Pool, rows: Row[], table: string): Promise<number> {
  await pool.query(`CREATE TABLE ${table} (LIKE households INCLUDING ALL)`);
  const started = performance.now();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK);
      await client.query(
        `INSERT INTO ${table} (id, code, "regionCode", township, village, "povertyStatus", "labourCapableMembers", "createdAt", "updatedAt")
         SELECT gen_random_uuid(), c, r, t, v, s::"PovertyStatus", m, now(), now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS x(c, r, t, v, s, m)`,
        [
          part.map((p) => p.code),
          part.map((p) => p.region),
          part.map((p) => p.township),
          part.map((p) => p.village),
          part.map((p) => p.status),
          part.map((p) => p.members),
        ],
      );
    }
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  return rows.length / ((performance.now() - started) / 1000);
}

function toXlsx(rows: Row[]): Promise<Buffer> {
  const header = ["householdCode", "regionCode", "township", "village", "povertyStatus", "labourCapableMembers"];
  return buildWorkbook([header, ...rows.map((r) => [r.code, r.region, r.township, r.village, r.status, r.members])]);
}

async function main() {
  const database = await startBenchDatabase("import");
  const db = createPrismaClient(database.url);
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  pool.on("error", () => {});
  const { app } = createApp({
    db,
    search: createSearchClient("http://127.0.0.1:9", undefined),
    fieldCrypto: createFieldCrypto(generateMasterKey()),
    logger: createLogger("warn"),
    config: {
      session: { idleMinutes: 60, absoluteHours: 12, maxLoginFailures: 5, loginWindowMinutes: 15 },
      trustProxy: 0,
      stableEmploymentMonths: 3,
    },
  });
  const server = http.createServer(app).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  try {
    await db.user.create({ data: { username: "bench-admin", passwordHash: await hashPassword("bench-password-1"), role: "ADMIN" } });
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "bench-admin", password: "bench-password-1" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;

    const rows = buildRows();
    const header = "householdCode,regionCode,township,village,povertyStatus,labourCapableMembers";
    const csv = Buffer.from(
      `\uFEFF${header}\n${rows.map((r) => `${r.code},${r.region},${r.township},${r.village},${r.status},${r.members}`).join("\n")}\n`,
    );

    async function importFile(file: Buffer, name: string) {
      const importId = crypto.randomUUID();
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(file)]), name);
      const seen = new Set<number>();
      let polling = true;
      const poller = (async () => {
        while (polling) {
          // A poll racing the server's keep-alive timeout may be reset; the next one goes on.
          const res = await fetch(`${base}/api/households/imports/${importId}`, { headers: { Cookie: cookie } }).catch(() => null);
          if (res?.ok) seen.add(((await res.json()) as { progress: { processedRows: number } }).progress.processedRows);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const started = performance.now();
      const res = await fetch(`${base}/api/households/import`, {
        method: "POST",
        headers: { Cookie: cookie, "X-Import-Id": importId },
        body: form,
      });
      const seconds = (performance.now() - started) / 1000;
      polling = false;
      await poller;
      const body = (await res.json()) as { imported: number; updated: number; unchanged: number; rejectedCount: number };
      if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(body)}`);
      return { seconds, rowsPerSecond: ROWS / seconds, body, progressValues: seen.size };
    }

    const baselineBefore = await baselineRowsPerSecond(pool, rows, "households_baseline_before");
    const first = await withDeadline(importFile(csv, "registry.csv"), 180_000, "first import");
    const again = await withDeadline(importFile(csv, "registry.csv"), 180_000, "re-import");
    const xlsx = await toXlsx(rows.map((r) => ({ ...r, members: (r.members + 1) % 4 })));
    const excel = await withDeadline(importFile(xlsx, "registry.xlsx"), 300_000, "xlsx import");
    const baselineAfter = await baselineRowsPerSecond(pool, rows, "households_baseline_after");
    const baseline = 2 / (1 / baselineBefore + 1 / baselineAfter);

    if (first.body.imported !== ROWS || again.body.imported !== 0 || again.body.updated !== 0 || excel.body.updated !== ROWS) {
      throw new Error(`unexpected counts: ${JSON.stringify({ first: first.body, again: again.body, excel: excel.body })}`);
    }
    console.log(
      `\nHousehold registry import, ${ROWS.toLocaleString("en-US")} rows (PostgreSQL ${database.durable ? "durable" : "fsync off"})`,
    );
    console.log(
      `  baseline: bare INSERT … unnest into an empty copy of households, ${CHUNK}-row chunks, one transaction: ` +
        `${formatRate(baselineBefore)} rows/s before, ${formatRate(baselineAfter)} after → ${formatRate(baseline)} rows/s`,
    );
    const line = (label: string, r: typeof first, size: number) =>
      console.log(
        `  ${label}: ${(size / 1048576).toFixed(1)} MiB in ${r.seconds.toFixed(2)} s → ${formatRate(r.rowsPerSecond)} rows/s ` +
          `(${(r.rowsPerSecond / baseline).toFixed(2)}× baseline; ${r.progressValues} distinct progress values polled) ${JSON.stringify(r.body)}`,
      );
    line("CSV import (new)", first, csv.length);
    line("CSV re-import (nothing changes)", again, csv.length);
    line("XLSX import (every row changed)", excel, xlsx.length);
  } finally {
    server.close();
    await pool.end();
    await db.$disconnect();
    await database.stop();
  }
}

await main();
