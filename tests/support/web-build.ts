// Builds the web app into a folder of the caller's (a test or a benchmark), so what it checks
// is the current source and no other build in apps/web/dist can swap files under it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";

const WEB_DIR = path.join(PROJECT_ROOT, "apps", "web");

export function buildWebAppInto(outDir: string): void {
  const vite = path.join(WEB_DIR, "node_modules", "vite", "bin", "vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], {
    cwd: WEB_DIR,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`web build failed (exit ${result.status}):\n${result.stderr}`);
}

/**
 * What a first visit to any page downloads before route code runs: the scripts and module
 * preloads index.html names, and every chunk they import statically (not `import()`).
 */
export function initialScripts(distDir: string): string[] {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8");
  const pending = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(distDir, file), "utf8");
    // `import{a as b}from"./x.js"` and `import"./x.js"`; a dynamic `import("./x.js")` has a parenthesis.
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) {
      pending.push(path.posix.join(path.posix.dirname(file), match[1]!));
    }
  }
  return [...seen];
}
