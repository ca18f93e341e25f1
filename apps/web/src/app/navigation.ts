import type { Role } from "@xiezuo/contracts";

export interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
}

/** Only pages that exist. Add an entry here when a feature gets its page. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/fairs", label: "招聘会", roles: ["ADMIN", "STAFF", "EMPLOYER", "SEEKER"] },
  { to: "/users", label: "账号管理", roles: ["ADMIN"] },
];

export function getNavItems(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
