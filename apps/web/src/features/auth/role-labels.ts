import type { Role, User } from "@xiezuo/contracts";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "人社局管理员",
  STAFF: "招聘会工作人员",
  EMPLOYER: "企业招聘专员",
  SEEKER: "求职者",
};

/** The name shown in the header: the display name when set, else the username. */
export function getDisplayName(user: Pick<User, "displayName" | "username">): string {
  return user.displayName?.trim() || user.username;
}
