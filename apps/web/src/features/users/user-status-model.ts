import type { ManagedUser } from "@xiezuo/contracts";

/** What the 停用 / 启用 button of one account row says and whether it can be pressed. */
export interface UserToggleAction {
  /** The state the account gets when the action is confirmed. */
  nextDisabled: boolean;
  label: "停用" | "启用";
  confirmTitle: string;
  confirmBody: string;
  /** Why the button is off, e.g. one's own account; null when it can be used. */
  blockedReason: string | null;
}

export function describeToggleAction(user: ManagedUser, currentUserId: string): UserToggleAction {
  const name = user.displayName ? `${user.displayName}（${user.username}）` : user.username;
  if (user.disabled) {
    return {
      nextDisabled: false,
      label: "启用",
      confirmTitle: `启用账号「${name}」？`,
      confirmBody: "启用后该账号可以重新登录。",
      blockedReason: null,
    };
  }
  return {
    nextDisabled: true,
    label: "停用",
    confirmTitle: `停用账号「${name}」？`,
    confirmBody: "停用后该账号立即退出登录，不能再登录。以后可以再启用。",
    // The API answers 409 too; saying it here spares the admin a failed attempt.
    blockedReason: user.id === currentUserId ? "不能停用自己的账号" : null,
  };
}

/** The notice after a change, read out by screen readers. */
export function describeToggleResult(user: ManagedUser): string {
  const name = user.displayName ?? user.username;
  return user.disabled ? `已停用「${name}」，该账号已退出登录。` : `已启用「${name}」，该账号可以重新登录。`;
}

/** The list on screen with one account replaced by the API's answer. */
export function replaceUser(users: readonly ManagedUser[], updated: ManagedUser): ManagedUser[] {
  return users.map((user) => (user.id === updated.id ? updated : user));
}
