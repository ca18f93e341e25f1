// Fixed-window counters in PostgreSQL, so every API process behind a load balancer
// sees the same counts. One atomic upsert per hit; windows reset lazily.
import type { Db } from "./prisma.ts";

export interface RateLimitState {
  count: number;
  resetAt: Date;
}

export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<RateLimitState>;
  peek(key: string): Promise<RateLimitState | null>;
  clear(key: string): Promise<void>;
}

export function createRateLimitStore(db: Db): RateLimitStore {
  return {
    async hit(key, windowMs) {
      const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
        INSERT INTO rate_limits ("key", "count", "resetAt")
        VALUES (${key}, 1, now() + make_interval(secs => ${windowMs / 1000}))
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN rate_limits."resetAt" <= now() THEN 1 ELSE rate_limits."count" + 1 END,
          "resetAt" = CASE WHEN rate_limits."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE rate_limits."resetAt" END
        RETURNING "count", "resetAt"`;
      const row = rows[0];
      if (!row) throw new Error("rate limit upsert returned nothing");
      return row;
    },
    async peek(key) {
      const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
        SELECT "count", "resetAt" FROM rate_limits WHERE "key" = ${key} AND "resetAt" > now()`;
      return rows[0] ?? null;
    },
    async clear(key) {
      await db.$executeRaw`DELETE FROM rate_limits WHERE "key" = ${key}`;
    },
  };
}
