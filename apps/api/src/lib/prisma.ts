import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;
export { Prisma } from "../generated/prisma/client.ts";

const pools = new WeakMap<PrismaClient, pg.Pool>();

/**
 * Every connection of ours runs its session in UTC. The Prisma client with @prisma/adapter-pg
 * reads a timestamptz by its wall-clock digits and writes a Date as UTC digits without an
 * offset, so on a server whose TimeZone is not UTC (a Chinese deployment's 'Asia/Shanghai',
 * or an embedded PostgreSQL initialised under such a TZ) every instant would be shifted by
 * the offset: sessions expired at sign-in, and time windows compared across the shift.
 */
export const PG_SESSION_OPTIONS = "-c TimeZone=UTC";

export function createPrismaClient(databaseUrl: string, options: { poolSize?: number } = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10, options: PG_SESSION_OPTIONS });
  // Until Prisma connects (it adds its own listener), an idle connection dropped by the server must not crash the process.
  pool.on("error", () => {});
  // A client checked out and between queries (an import's transaction) when PostgreSQL
  // restarts emits "error" with no listener, which would kill the process. Its holder
  // sees the failure at its next query and releases it; the pool then drops it.
  pool.on("connect", (client) => client.on("error", () => {}));
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * The pg pool under a client, shared with Prisma (same connections, same limit). For hot
 * paths only: a named prepared statement sent here costs a fraction of a `$queryRaw`
 * (no query-compiler round trip, no re-planning), e.g. the fair-desk check-in.
 */
export function sqlPool(db: PrismaClient): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("sqlPool: this client was not made by createPrismaClient");
  return pool;
}
