import { describe, expect, it } from "vitest";
import { isDatabaseOutage } from "./database-outage.ts";

describe("isDatabaseOutage", () => {
  it("recognises lost connections from pg, from Node sockets and wrapped in causes", () => {
    expect(isDatabaseOutage(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseOutage(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseOutage(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseOutage(new Error("query failed", { cause: { kind: "postgres", originalCode: "08006" } }))).toBe(true);
  });

  it("leaves ordinary errors alone, including other SQLSTATEs and cyclic causes", () => {
    expect(isDatabaseOutage(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseOutage(new TypeError("x is undefined"))).toBe(false);
    const cyclic: { message: string; cause?: unknown } = { message: "a" };
    cyclic.cause = cyclic;
    expect(isDatabaseOutage(cyclic)).toBe(false);
    expect(isDatabaseOutage(null)).toBe(false);
  });
});
