import { BadgeTokenSchema } from "@xiezuo/contracts";

/**
 * The seeker's QR badge must show at the fair even without signal. Only the opaque token is
 * kept on the device (it holds no name or number); signing out removes it.
 */
const KEY = "xiezuo.badge-token";

type TokenStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function defaultStore(): TokenStore | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be switched off (private mode, site settings): then nothing is kept.
    return null;
  }
}

export function readCachedBadgeToken(store: TokenStore | null = defaultStore()): string | null {
  try {
    const token = store?.getItem(KEY) ?? null;
    return token !== null && BadgeTokenSchema.safeParse(token).success ? token : null;
  } catch {
    return null;
  }
}

export function cacheBadgeToken(token: string, store: TokenStore | null = defaultStore()): void {
  if (!BadgeTokenSchema.safeParse(token).success) return;
  try {
    store?.setItem(KEY, token);
  } catch {
    // Full or refused: the badge still shows while online.
  }
}

export function clearCachedBadgeToken(store: TokenStore | null = defaultStore()): void {
  try {
    store?.removeItem(KEY);
  } catch {
    // Nothing to do: storage that cannot be written holds nothing of ours.
  }
}
