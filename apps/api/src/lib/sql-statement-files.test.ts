// Every raw SQL statement lives in a `sql/<what-it-does>.sql.ts` file of its own and has a
// row-shape test beside it (a `*.int.test.ts` in the same folder that imports the file), and
// no two statements share a name (on the pool the name is the prepared statement's).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { SqlStatement } from "./sql-statement.ts";

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listFiles(full);
    return [full];
  });
}

const files = listFiles(SRC);
const statementFiles = files.filter((file) => file.endsWith(".sql.ts"));

const isStatement = (value: unknown): value is SqlStatement =>
  typeof value === "object" && value !== null && "name" in value && "text" in value && "row" in value;

describe("SQL statement files", () => {
  it("are found", () => {
    expect(statementFiles.length).toBeGreaterThan(30);
  });

  it.each(statementFiles.map((file) => path.relative(SRC, file)))("%s lives in a sql folder and has a row-shape test there", (file) => {
    const dir = path.dirname(path.join(SRC, file));
    expect(path.basename(dir)).toBe("sql");
    const importLine = `./${path.basename(file)}"`;
    const tests = fs.readdirSync(dir).filter((name) => name.endsWith(".int.test.ts"));
    expect(
      tests.some((name) => fs.readFileSync(path.join(dir, name), "utf8").includes(importLine)),
      `no test in ${dir} imports ${file}`,
    ).toBe(true);
  });

  it("hold all the raw SQL of the API: no $queryRaw, $executeRaw or Prisma.sql elsewhere", () => {
    const RAW = /\$(query|execute)Raw|Prisma\.sql\b/;
    const code = (file: string) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
        .join("\n");
    const production = files.filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith("sql-statement.ts"));
    expect(production.filter((file) => RAW.test(code(file))).map((file) => path.relative(SRC, file))).toEqual([]);
  });

  it("export statements with unique names", async () => {
    const names = new Map<string, string>();
    for (const file of statementFiles) {
      const exported = Object.values(await import(pathToFileURL(file).href)).filter(isStatement);
      expect(exported.length, `${file} exports no statement`).toBeGreaterThan(0);
      for (const statement of exported) {
        expect(names.get(statement.name), `${statement.name} is named twice`).toBeUndefined();
        names.set(statement.name, file);
      }
    }
  });
});
