// Services and every other non-repository file hold a unit of work only as the opaque
// UnitOfWork: opening one, or reaching the Prisma transaction inside, is for *.repository.ts.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REPOSITORY_ONLY = /\b(prismaOf|asUnitOfWork|runUnitOfWork|TransactionClient|Tx)\b/;

function productionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["generated", "testing"].includes(entry.name) ? [] : productionFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("the unit of work", () => {
  it("is opened and looked into by repositories only", () => {
    const offenders = productionFiles(SRC).filter(
      (file) =>
        !file.endsWith(".repository.ts") && path.basename(file) !== "index.ts" && REPOSITORY_ONLY.test(fs.readFileSync(file, "utf8")),
    );
    expect(offenders.map((file) => path.relative(SRC, file))).toEqual([]);
  });
});
