// Fixed-window counters in PostgreSQL, so every API process behind a load balancer
// sees the same counts. One atomic upsert per hit; windows reset lazily.
import type { Db } from "./prisma.ts";
import { RATE_LIMIT_CLEAR } from "./sql/rate-limit-clear.sql.ts";
import { RATE_LIMIT_HIT } from "./sql/rate-limit-hit.sql.ts";
import { RATE_LIMIT_PEEK } from "./sql/rate-limit-peek.sql.ts";
import { executeStatement, queryRows } from "./sql-statement.ts";

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
      const [row] = await queryRows(db, RATE_LIMIT_HIT, key, windowMs / 1000);
      if (!row) throw new Error("rate limit upsert returned nothing");
      return row;
    },
    async peek(key) {
      const [row] = await queryRows(db, RATE_LIMIT_PEEK, key);
      return row ?? null;
    },
    async clear(key) {
      await executeStatement(db, RATE_LIMIT_CLEAR, key);
    },
  };
}
