// CI fails when schema.prisma and the migrations disagree: the migrations replayed
// into a shadow database must produce exactly the schema's data model.
import { describe, expect, inject, it } from "vitest";
import { runPrisma } from "../apps/api/src/runtime/migrate.ts";
import "../apps/api/src/testing/provided-context.ts";

describe("prisma schema and migrations", () => {
  it("have no drift", async () => {
    const url = new URL(inject("templateDatabaseUrl"));
    url.pathname = "/postgres"; // never hold a connection on the template other files clone
    const output = await runPrisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
        "--exit-code",
      ],
      url.toString(),
    ).catch((error: Error) => error.message);
    expect(output).toContain("This is an empty migration");
  });
});
