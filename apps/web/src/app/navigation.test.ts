import { describe, expect, it } from "vitest";
import { buildNavItems, getNavItems } from "./navigation.ts";
import { APP_ROUTES } from "./routes.tsx";

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
      "组织输出",
      "农户名册",
      "帮扶覆盖",
      "劳务协作",
      "务工台账",
      "返贫预警",
      "免申即享",
      "岗位管理",
      "用工企业",
      "机构",
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
      "/transfers",
      "/households",
      "/coverage",
      "/reports/cooperation",
      "/reports/employment",
      "/alerts",
      "/subsidies",
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

  it("takes its entries from the page table, in menu order, each for roles the page lets in", () => {
    const items = buildNavItems([
      { path: "b", access: ["ADMIN", "STAFF"], element: null, menu: [{ label: "B", order: 2 }] },
      { path: "a", access: "public", element: null, menu: [{ label: "A", order: 1, roles: ["SEEKER"] }] },
      { path: "b/:id", access: ["ADMIN"], element: null },
    ]);
    expect(items).toEqual([
      { to: "/a", label: "A", roles: ["SEEKER"] },
      { to: "/b", label: "B", roles: ["ADMIN", "STAFF"] },
    ]);
  });
});

describe("the page table", () => {
  it("declares each path once", () => {
    const paths = APP_ROUTES.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("puts in the menu only pages without parameters, for roles that may open them", () => {
    for (const route of APP_ROUTES) {
      for (const entry of route.menu ?? []) {
        expect(route.path, entry.label).not.toContain(":");
        if (typeof route.access === "string") expect(entry.roles, `${entry.label} must name its roles`).toBeDefined();
        else expect(route.access, entry.label).toEqual(expect.arrayContaining([...(entry.roles ?? [])]));
      }
    }
  });
});
