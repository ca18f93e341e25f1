// The web app's features are entered through their front door, features/<feature>/index.ts
// (biome.json, noRestrictedImports in the apps/web override), and never depend on each other
// in a circle. This runs the real linter on probe files, so a loosened rule cannot pass
// unnoticed, and reads the feature graph from the sources, so a new cycle fails here.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = path.join(ROOT, "apps/web/src");
const FEATURES = path.join(SRC, "features");

/** Lints one probe file holding `importLine`, placed in `folder` (under apps/web/src), then removes it. */
function lint(folder: string, importLine: string): { refused: boolean; output: string } {
  const file = path.join(SRC, folder, `__front_door_probe_${crypto.randomBytes(4).toString("hex")}.ts`);
  try {
    fs.writeFileSync(file, `${importLine}\n\nexport const probe = x;\n`);
    const result = spawnSync(path.join(ROOT, "node_modules/.bin/biome"), ["lint", file], { cwd: ROOT, encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`;
    return { refused: result.status !== 0 && output.includes("noRestrictedImports") && output.includes("front door"), output };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe("web front doors (npm run check)", () => {
  it.each([
    'import x from "../jobs/jobs-api.ts";',
    'import x from "../badges/badges.css";',
    'const x = () => import("../jobs/position-page.tsx");',
    'import x from "../../features/jobs/jobs-api.ts";',
  ])("refuses %s in a feature", (line) => {
    const { refused, output } = lint("features/booth", line);
    expect(refused, output).toBe(true);
  });

  it.each(['import x from "../jobs/index.ts";', 'import x from "./booth-api.ts";', 'import x from "../../lib/format.ts";'])(
    "allows %s in a feature",
    (line) => {
      const { refused, output } = lint("features/booth", line);
      expect(refused, output).toBe(false);
    },
  );

  it("refuses app/ a feature's inner file, and allows its index.ts", () => {
    expect(lint("app", 'import x from "../features/jobs/jobs-api.ts";').refused).toBe(true);
    const { refused, output } = lint("app", 'import x from "../features/jobs/index.ts";');
    expect(refused, output).toBe(false);
  });
});

const features = fs.readdirSync(FEATURES, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? [entry.name] : []));

/** feature → the other features its files import (static, dynamic and CSS imports alike). */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map(features.map((feature) => [feature, new Set<string>()]));
  for (const feature of features) {
    const dir = path.join(FEATURES, feature);
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f))) {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
        if (!fileName.startsWith(".")) continue;
        const target = path.relative(FEATURES, path.resolve(path.dirname(path.join(dir, file)), fileName)).split(path.sep)[0]!;
        if (target !== feature && graph.has(target)) graph.get(feature)!.add(target);
      }
    }
  }
  return graph;
}

/** The first cycle found, as a path that ends where it starts, or null. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (stack.includes(node)) return [...stack.slice(stack.indexOf(node)), node];
    if (done.has(node)) return null;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("web feature graph", () => {
  it("gives every feature a front door", () => {
    expect(features.length).toBeGreaterThan(10);
    expect(features.filter((feature) => !fs.existsSync(path.join(FEATURES, feature, "index.ts")))).toEqual([]);
  });

  it("finds a cycle when there is one, so the check below can fail", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["b"])],
    ]);
    expect(findCycle(graph)).toEqual(["b", "c", "b"]);
    expect(findCycle(new Map([["a", new Set(["b"])]]))).toBeNull();
  });

  it("has no cycle between features", () => {
    const graph = featureGraph();
    // It reads the real imports: the booth scans badges with the desk's camera.
    expect(graph.get("booth")).toContain("desk");
    expect(findCycle(graph)).toBeNull();
  });
});
