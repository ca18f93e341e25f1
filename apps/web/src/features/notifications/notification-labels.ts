import type { NotificationKind, NotificationStatus } from "@xiezuo/contracts";

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  VERIFICATION_CODE: "验证码",
  INTENT_STATUS: "求职进展",
  FOLLOWUP_REMINDER: "回访提醒",
};

export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_KIND_LABELS) as NotificationKind[];

export const NOTIFICATION_STATUS_LABELS: Record<NotificationStatus, string> = {
  PENDING: "等待发送",
  SENT: "已发送",
  FAILED: "发送失败",
};

/** The built-in provider sends nothing: say so, so nobody waits for a text that never comes. */
/** Chinese names of the message providers (the API names them in code words). */
const PROVIDER_LABELS: Record<string, string> = { dev: "演示通道（只存不发）" };

/** The provider in words, never its code name; an unknown one is described, not shown raw. */
export function providerLabel(provider: string): string {
  return PROVIDER_LABELS[provider] ?? "短信通道";
}

export function describeProvider(provider: string): string {
  return provider === "dev" ? "演示模式：短信只保存在这里，不会真的发到手机上。" : "短信通过已接入的短信通道发送。";
}
