import type { Role } from "@xiezuo/contracts";
import { APP_ROUTES, type AppRoute } from "./routes.tsx";

export interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
}

/** The main menu, built from the page table (routes.tsx): only pages that exist, in menu order. */
export const NAV_ITEMS: readonly NavItem[] = buildNavItems(APP_ROUTES);

export function buildNavItems(routes: readonly AppRoute[]): NavItem[] {
  return routes
    .flatMap((route) =>
      (route.menu ?? []).map((entry) => {
        const roles = entry.roles ?? (typeof route.access === "string" ? [] : route.access);
        return { to: `/${route.path}`, label: entry.label, roles, order: entry.order };
      }),
    )
    .sort((a, b) => a.order - b.order)
    .map(({ to, label, roles }) => ({ to, label, roles }));
}

export function getNavItems(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
