// The layer rules of ARCHITECTURE.md are enforced by Biome (biome.json, noRestrictedImports):
// this runs the real linter on probe files to show a service that imports Meilisearch, Prisma
// or pg is refused while a repository may, so a loosened rule cannot pass unnoticed.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";

const probeDir = path.join(PROJECT_ROOT, "apps/api/src", `__boundary_probe_${crypto.randomBytes(4).toString("hex")}`);
afterAll(() => fs.rmSync(probeDir, { recursive: true, force: true }));

function lint(fileName: string, importLine: string): { refused: boolean; output: string } {
  fs.mkdirSync(probeDir, { recursive: true });
  const file = path.join(probeDir, fileName);
  fs.writeFileSync(file, `${importLine}\n\nexport const probe = x;\n`);
  const result = spawnSync(path.join(PROJECT_ROOT, "node_modules/.bin/biome"), ["lint", file], { cwd: PROJECT_ROOT, encoding: "utf8" });
  const output = `${result.stdout}${result.stderr}`;
  return { refused: result.status !== 0 && output.includes("noRestrictedImports"), output };
}

const FORBIDDEN_IN_SERVICES = [
  'import x from "meilisearch";',
  'import x from "pg";',
  'import x from "@prisma/client";',
  'import x from "../../lib/prisma.ts";',
  'import x from "../../lib/search-client.ts";',
  'import x from "../../generated/prisma/client.ts";',
];

describe("import boundaries (npm run check)", () => {
  it.each(FORBIDDEN_IN_SERVICES)("refuses %s in a service", (line) => {
    expect(lint("probe.service.ts", line).refused).toBe(true);
  });

  it.each(FORBIDDEN_IN_SERVICES.slice(0, 2))("allows %s in a repository", (line) => {
    const { refused, output } = lint("probe.repository.ts", line);
    expect(refused, output).toBe(false);
  });

  it("allows a service its own needs (zod, contracts)", () => {
    expect(lint("probe.service.ts", 'import x from "zod";').refused).toBe(false);
  });
});
