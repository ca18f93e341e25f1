#!/usr/bin/env node
// `npm run check`: format + lint (Biome, with the import-boundary rules) and typecheck.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pnpmCli = path.join(root, ".tools", "node_modules", "pnpm", "bin", "pnpm.mjs");

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  return result.status === 0;
}

const ok = [
  run("Biome (format + lint + boundaries)", path.join(root, "node_modules", ".bin", "biome"), ["check", "."]),
  run("TypeScript (every package)", process.execPath, [pnpmCli, "-r", "--no-bail", "typecheck"]),
].every(Boolean);

if (!ok) {
  console.error("\n✗ checks failed");
  process.exit(1);
}
console.log("\n✓ checks passed");
