import type { Role } from "@xiezuo/contracts";

export interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
}

/** Only pages that exist. Add an entry here when a feature gets its page. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/me", label: "我的", roles: ["SEEKER"] },
  { to: "/jobs", label: "找工作", roles: ["ADMIN", "STAFF", "EMPLOYER", "SEEKER"] },
  { to: "/fairs", label: "招聘会", roles: ["ADMIN", "STAFF", "EMPLOYER"] },
  { to: "/desk", label: "签到台", roles: ["ADMIN", "STAFF"] },
  { to: "/live", label: "现场大屏", roles: ["ADMIN", "STAFF"] },
  { to: "/seekers", label: "求职者", roles: ["ADMIN", "STAFF"] },
  { to: "/booth", label: "意向登记", roles: ["ADMIN", "STAFF"] },
  { to: "/placements", label: "就业回访", roles: ["ADMIN", "STAFF"] },
  { to: "/households", label: "农户名册", roles: ["ADMIN", "STAFF"] },
  { to: "/coverage", label: "帮扶覆盖", roles: ["ADMIN", "STAFF"] },
  { to: "/positions", label: "我的岗位", roles: ["EMPLOYER"] },
  { to: "/booth", label: "我的展位", roles: ["EMPLOYER"] },
  { to: "/placements", label: "已上岗人员", roles: ["EMPLOYER"] },
  { to: "/positions", label: "岗位管理", roles: ["ADMIN"] },
  { to: "/employers", label: "用工企业", roles: ["ADMIN"] },
  { to: "/users", label: "账号管理", roles: ["ADMIN"] },
  { to: "/notifications", label: "短信发件箱", roles: ["ADMIN"] },
];

export function getNavItems(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
