import { describe, expect, it } from "vitest";
import { getNavItems } from "./navigation.ts";

describe("getNavItems", () => {
  it("gives the admin account management", () => {
    expect(getNavItems("ADMIN").map((item) => item.label)).toEqual(["招聘会", "账号管理"]);
  });

  it("gives staff and employers the fairs only", () => {
    expect(getNavItems("STAFF").map((item) => item.to)).toEqual(["/fairs"]);
    expect(getNavItems("EMPLOYER").map((item) => item.to)).toEqual(["/fairs"]);
  });
});
