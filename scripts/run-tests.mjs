#!/usr/bin/env node
// `npm test`: checks, then every test (unit, integration against a throwaway embedded
// PostgreSQL and Meilisearch, browser journeys in Debian's Chromium).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pnpmCli = path.join(root, ".tools", "node_modules", "pnpm", "bin", "pnpm.mjs");
const started = Date.now();

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function hasCjkFont() {
  const fc = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  return fc.status === 0 && fc.stdout.trim().length > 0;
}

/**
 * Chromium and a CJK font from Debian, installed when we are root. Without them the run
 * fails here: a green run always means the browser journeys ran.
 */
function ensureBrowser() {
  const chromium = "/usr/bin/chromium";
  if (fs.existsSync(chromium) && hasCjkFont()) return chromium;
  if (process.getuid?.() === 0) {
    console.log("\n▶ Installing Chromium and a CJK font (apt)");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["update", "-qq"], env);
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-wqy-microhei", "fontconfig"], env);
    if (fs.existsSync(chromium) && hasCjkFont()) return chromium;
  }
  console.error(
    [
      "",
      "✗ The browser journeys need Debian's Chromium and a Chinese font, and they could not be",
      "  installed (the test run installs them itself only as root). Install them with",
      "    sudo apt-get install chromium fonts-wqy-microhei",
      "  and run `npm test` again. The run stops here rather than skip the journeys.",
      "",
    ].join("\n"),
  );
  process.exit(1);
}

const chromium = ensureBrowser();

if (run(process.execPath, [path.join(root, "scripts", "run-checks.mjs")]) !== 0) process.exit(1);

console.log("\n▶ Building the web app (served to the browser journeys)");
if (run(process.execPath, [pnpmCli, "--filter", "@xiezuo/web", "build"]) !== 0) process.exit(1);

console.log("\n▶ Running the tests (vitest)");
const report = path.join(root, ".tmp", "vitest-report.json");
fs.rmSync(report, { force: true });
const status = run(
  path.join(root, "node_modules", ".bin", "vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { XIEZUO_CHROMIUM: chromium },
);
// The exit code alone has been seen to be 0 with a failed test: the JSON report decides too.
const summary = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null;
const failed = summary ? summary.numFailedTests + summary.numFailedTestSuites : 1;
console.log(`\nTest suite wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (summary) console.log(`${summary.numPassedTests} passed, ${failed} failed, ${summary.numPendingTests} skipped`);
process.exit(status !== 0 || failed > 0 || !summary?.success ? 1 : 0);
