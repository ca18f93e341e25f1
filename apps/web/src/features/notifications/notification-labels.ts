// The words for message kinds and statuses are STAFF_LABELS in the contracts.

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
