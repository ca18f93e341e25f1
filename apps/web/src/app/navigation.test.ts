import { describe, expect, it } from "vitest";
import { getNavItems } from "./navigation.ts";

describe("getNavItems", () => {
  it("gives the admin account management", () => {
    expect(getNavItems("ADMIN").map((item) => item.label)).toEqual([
      "找工作",
      "招聘会",
      "签到台",
      "现场大屏",
      "求职者",
      "意向登记",
      "就业回访",
      "农户名册",
      "帮扶覆盖",
      "岗位管理",
      "用工企业",
      "账号管理",
      "短信发件箱",
    ]);
  });

  it("gives employers their own positions and staff the fairs", () => {
    expect(getNavItems("STAFF").map((item) => item.to)).toEqual([
      "/jobs",
      "/fairs",
      "/desk",
      "/live",
      "/seekers",
      "/booth",
      "/placements",
      "/households",
      "/coverage",
    ]);
    expect(getNavItems("EMPLOYER").map((item) => item.label)).toEqual(["找工作", "招聘会", "我的岗位", "我的展位", "已上岗人员"]);
  });

  it("gives a job seeker their own page and the job board only", () => {
    expect(getNavItems("SEEKER").map((item) => [item.to, item.label])).toEqual([
      ["/me", "我的"],
      ["/jobs", "找工作"],
    ]);
  });

  it("lists each page once per role", () => {
    for (const role of ["ADMIN", "STAFF", "EMPLOYER", "SEEKER"] as const) {
      const paths = getNavItems(role).map((item) => item.to);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });
});
