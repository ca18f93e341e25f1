#!/usr/bin/env node
// `npm run demo` / `npm test` / `npm run test:faults` / `npm run check` / `npm run bench` start here.
// Only Node ≥ 20.19 and npm are assumed: this brings pnpm (into .tools/), installs the
// workspace, generates the Prisma client, then hands over to the task.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PNPM_VERSION = "12.21.0";
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [task, ...taskArgs] = process.argv.slice(2);

// tsx, pnpm and Prisma write temp files; keep them inside the project.
const tmp = path.join(root, ".tmp");
fs.mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, what) {
  const status = run(command, args);
  if (status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${status})`);
    process.exit(status);
  }
}

function step(message) {
  console.log(`\n▶ ${message}`);
}

const pnpmCli = path.join(root, ".tools", "node_modules", "pnpm", "bin", "pnpm.mjs");

function ensurePnpm() {
  if (fs.existsSync(pnpmCli)) return;
  step(`Installing pnpm ${PNPM_VERSION} into .tools/`);
  must(
    "npm",
    ["install", "--prefix", path.join(root, ".tools"), "--no-audit", "--no-fund", "--loglevel=error", `pnpm@${PNPM_VERSION}`],
    "pnpm install",
  );
}

export function pnpm(args) {
  return run(process.execPath, [pnpmCli, ...args]);
}

function installWorkspace() {
  step("Installing dependencies (pnpm install)");
  const status = pnpm(["install", "--frozen-lockfile", "--reporter=append-only"]);
  if (status !== 0) process.exit(status);
}

function generatePrismaClient() {
  const schema = fs.readFileSync(path.join(root, "prisma", "schema.prisma"));
  const stamp = path.join(root, "apps", "api", "src", "generated", "prisma", ".schema-hash");
  const hash = createHash("sha256").update(schema).digest("hex");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) return;
  step("Generating the Prisma client");
  must(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], "prisma generate");
  fs.writeFileSync(stamp, hash);
}

const tasks = {
  demo: () => {
    step("Building the web app");
    must(process.execPath, [pnpmCli, "--filter", "@xiezuo/web", "build"], "web build");
    step("Starting Xiezuo (demo)");
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    process.exit(run(tsx, [path.join(root, "apps", "api", "src", "main.ts"), "--demo", ...taskArgs]));
  },
  test: () => process.exit(run(process.execPath, [path.join(root, "scripts", "run-tests.mjs"), ...taskArgs])),
  // Scripted faults (kill -9 mid-burst, Meilisearch and PostgreSQL restarts): tests/faults/vitest.config.ts.
  "test:faults": () =>
    process.exit(
      run(path.join(root, "node_modules", ".bin", "vitest"), [
        "run",
        "--config",
        path.join(root, "tests", "faults", "vitest.config.ts"),
        ...taskArgs,
      ]),
    ),
  check: () => process.exit(run(process.execPath, [path.join(root, "scripts", "run-checks.mjs"), ...taskArgs])),
  bench: () => {
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    process.exit(run(tsx, [path.join(root, "tests", "bench", "run-bench.ts"), ...taskArgs]));
  },
  reindex: () => {
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    process.exit(run(tsx, [path.join(root, "apps", "api", "src", "reindex.ts"), ...taskArgs]));
  },
};

if (!tasks[task]) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(tasks).join("|")}> [args]`);
  process.exit(2);
}
ensurePnpm();
installWorkspace();
generatePrismaClient();
tasks[task]();
