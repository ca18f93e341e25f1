// A cheap fingerprint of every table, to prove a refused request wrote nothing: one prepared
// query on one connection.
import pg from "pg";

/**
 * Bookkeeping a refused request is meant to write: sessions are touched by every lookup,
 * rate_limits count failed attempts (that is how 429s happen).
 */
const ALWAYS_MOVING = new Set(["_prisma_migrations", "sessions", "rate_limits"]);

export type Fingerprint = Map<string, string>;

export interface DbFingerprinter {
  take(): Promise<Fingerprint>;
  close(): Promise<void>;
}

export async function createDbFingerprinter(databaseUrl: string): Promise<DbFingerprinter> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const tables = rows.map((r) => r.name).filter((name) => !ALWAYS_MOVING.has(name));
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  // Count, newest row version (any INSERT or UPDATE makes one, even an update to equal values)
  // and a hash of the contents. Prepared once: planning costs more than running it.
  const text = tables
    .map(
      (name) =>
        `SELECT '${name}' AS name, concat_ws(':', count(*), max(xmin::text::bigint), sum(hashtext(r::text)::bigint)) AS print FROM ${quote(name)} r`,
    )
    .join(" UNION ALL ");
  return {
    async take() {
      const result = await client.query<{ name: string; print: string }>({ name: "db-fingerprint", text });
      return new Map(result.rows.map((r) => [r.name, r.print]));
    },
    close: () => client.end(),
  };
}

/** Tables whose fingerprint differs, minus those the caller says may move. */
export function changedTables(before: Fingerprint, after: Fingerprint, mayMove: readonly string[] = []): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name) && !mayMove.includes(name));
}
