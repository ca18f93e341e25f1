// Writes one benchmark's section of BENCHMARKS.md, replacing that section only, so
// sections written by other benchmarks (and by people) stay as they are.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../apps/api/src/env.ts";

export function writeBenchmarkSection(title: string, lines: readonly string[], file = path.join(PROJECT_ROOT, "BENCHMARKS.md")): void {
  const heading = `## ${title}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const section = `${heading}\n${lines.join("\n")}\n`;
  const start = current.indexOf(`${heading}\n`);
  if (start === -1) {
    fs.writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf("\n## ", start + heading.length);
  const end = next === -1 ? current.length : next + 1;
  fs.writeFileSync(file, `${current.slice(0, start)}${section}${next === -1 ? "" : `\n${current.slice(end)}`}`);
}
