import { describe, expect, it } from "vitest";
import { cacheBadgeToken, clearCachedBadgeToken, readCachedBadgeToken } from "./badge-cache.ts";

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const TOKEN = "AQ".padEnd(44, "x");

describe("badge cache", () => {
  it("keeps the opaque token only, and forgets it on sign-out", () => {
    const store = memoryStore();
    expect(readCachedBadgeToken(store)).toBeNull();
    cacheBadgeToken(TOKEN, store);
    expect([...store.items.values()]).toEqual([TOKEN]);
    expect(readCachedBadgeToken(store)).toBe(TOKEN);
    clearCachedBadgeToken(store);
    expect(store.items.size).toBe(0);
  });

  it("never stores or returns anything that is not a badge token", () => {
    const store = memoryStore();
    cacheBadgeToken("向金花 433126198804020000", store);
    expect(store.items.size).toBe(0);
    store.items.set("xiezuo.badge-token", "not a token");
    expect(readCachedBadgeToken(store)).toBeNull();
  });

  it("works without storage at all", () => {
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(() => cacheBadgeToken(TOKEN, refusing)).not.toThrow();
    expect(readCachedBadgeToken(refusing)).toBeNull();
    expect(() => clearCachedBadgeToken(null)).not.toThrow();
  });
});
