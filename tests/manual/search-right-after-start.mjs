#!/usr/bin/env node
// Issue 17's reproduction, scripted: start the demo on an empty data folder; as soon as
// /api/health answers (database ok, search in whatever state), sign in as admin, create an
// employer and a position, and check the position becomes searchable and the seeded jobs
// too. Repeats on a fresh data folder each round.
//
//   node tests/manual/search-right-after-start.mjs [rounds=10]
//   TZ=Europe/Berlin node tests/manual/search-right-after-start.mjs   (the setting that lost it)
//
// Needs the workspace installed (npm test or npm run demo once). Prints one line per round.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const rounds = Number(process.argv[2] ?? 10);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A GB 32100 credit code with a valid check character. */
function creditCode(seed) {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `9137010${String(seed).padStart(10, "0").slice(-10)}`;
  const sum = [...body].reduce((s, c, i) => s + chars.indexOf(c) * weights[i], 0);
  return body + chars[(31 - (sum % 31)) % 31];
}

async function json(url, init) {
  const res = await fetch(url, init);
  return { status: res.status, body: await res.json().catch(() => null), cookie: res.headers.get("set-cookie") };
}

async function round(n) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-repro-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "apps/api/src/main.ts"), "--demo"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  const started = Date.now();
  try {
    let health = null;
    while (Date.now() - started < 120_000) {
      health = await json(`${base}/api/health`).catch(() => null);
      if (health?.body?.db === "ok") break;
      await sleep(100);
    }
    if (health?.body?.db !== "ok") throw new Error("the demo did not answer /api/health within 2 minutes");
    const login = await json(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: "xiezuo-demo" }),
    });
    if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`);
    const headers = { "content-type": "application/json", cookie: login.cookie.split(";")[0] };
    const employer = await json(`${base}/api/employers`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        name: `复现机械有限公司${n}`,
        creditCode: creditCode(Date.now()),
        kind: "PRIVATE",
        regionCode: "370100",
        city: "济南",
      }),
    });
    if (employer.status !== 201) throw new Error(`employer answered ${employer.status}: ${JSON.stringify(employer.body)}`);
    const position = await json(`${base}/api/positions`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        employerId: employer.body.employer.id,
        title: "氩弧焊复现工",
        description: "复现：启动后立即发布的岗位",
        openings: 3,
        wageMin: 6000,
        wageMax: 8000,
        city: "济南",
        foodProvided: true,
        lodgingProvided: true,
      }),
    });
    if (position.status !== 201) throw new Error(`position answered ${position.status}`);
    const created = Date.now();
    const id = position.body.position.id;
    while (Date.now() - created < 120_000) {
      const [mine, all] = await Promise.all([
        json(`${base}/api/search/positions?q=${encodeURIComponent("氩弧焊复现工")}`),
        json(`${base}/api/search/positions?limit=1`),
      ]);
      if (mine.body?.hits?.some((h) => h.id === id) && all.body?.total >= 183 && !all.body.indexing) {
        return `round ${n}: health first said search=${health.body.search}${health.body.searchReason ? ` (${health.body.searchReason})` : ""}; new position and all ${all.body.total} jobs searchable ${Date.now() - created} ms after the write`;
      }
      await sleep(200);
    }
    throw new Error("the new position (or the seeded jobs) not searchable within 2 minutes");
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

let failed = 0;
for (let n = 1; n <= rounds; n++) {
  try {
    console.log(await round(n));
  } catch (error) {
    failed++;
    console.log(`round ${n}: FAILED — ${error.message}`);
  }
}
console.log(`${rounds - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
