// The public pages (job board, position page, fair registration) come with the entry script;
// the desk's camera decoder, the QR encoder, the live socket client and the staff pages must
// not: they are in chunks fetched when a page that needs them opens. Builds the current source.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWebAppInto, initialScripts } from "../support/web-build.ts";

/** Text each library keeps through minification, to find the chunk it ended up in. */
const HEAVY_LIBRARIES = [
  { name: "jsQR (desk and booth camera)", marker: "Malformed data passed to binarizer" },
  { name: "qrcode (badges, 我的, posters)", marker: '"toSJISFunc" is not a valid function' },
  { name: "engine.io / socket.io client (live screens, 我的)", marker: "xhr poll error" },
  // Two of the pages behind sign-in (each feature's lazy-pages), by the ids of their headings.
  { name: "the account management page", marker: "users-title" },
  { name: "the new-fair page", marker: "fair-create-title" },
];

let distDir: string;
let initial: string[];
let everyScript: string[];
const read = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8");

beforeAll(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), "web-bundle-"));
  buildWebAppInto(distDir);
  initial = initialScripts(distDir);
  everyScript = fs
    .readdirSync(path.join(distDir, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `assets/${f}`);
}, 120_000);
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));

describe("what a first visit downloads", () => {
  it("holds the job board itself, so the check below looks at the right scripts", () => {
    const code = initial.map(read).join("\n");
    expect(code).toContain("job-card__title");
    expect(code).toContain("正在搜索…");
    // Not everything: the split left other chunks for the pages behind sign-in.
    expect(everyScript.length).toBeGreaterThan(initial.length);
  });

  for (const library of HEAVY_LIBRARIES) {
    it(`leaves ${library.name} to a lazy chunk`, () => {
      const holders = everyScript.filter((file) => read(file).includes(library.marker));
      // The marker must still find the library, or this test would pass by looking at nothing.
      expect(holders.length).toBeGreaterThan(0);
      expect(initial.filter((file) => holders.includes(file))).toEqual([]);
    });
  }

  it("ships a brotli and a gzip copy of the entry script", () => {
    const entry = initial[0]!;
    const size = fs.statSync(path.join(distDir, entry)).size;
    for (const suffix of [".br", ".gz"]) {
      const copy = path.join(distDir, `${entry}${suffix}`);
      expect(fs.existsSync(copy)).toBe(true);
      expect(fs.statSync(copy).size).toBeLessThan(size / 2);
    }
  });
});
