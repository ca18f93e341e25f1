import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;
export { Prisma } from "../generated/prisma/client.ts";

const pools = new WeakMap<PrismaClient, pg.Pool>();

export function createPrismaClient(databaseUrl: string, options: { poolSize?: number } = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
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
