// Sizing facts of `pnpm bench scale`: database and table sizes, Meilisearch's index size and
// memory, connections in use.
import fs from "node:fs";
import type pg from "pg";

const BIG_TABLES = ["seekers", "households", "placements", "follow_ups", "check_ins", "intents", "positions", "fairs"];

export async function databaseSizing(client: pg.Client): Promise<string[]> {
  const { rows: db } = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
  const { rows } = await client.query<{ name: string; rows: string; heap: string; indexes: string; total: string }>(
    `SELECT c.relname AS name, c.reltuples::bigint::text AS rows, pg_size_pretty(pg_table_size(c.oid)) AS heap,
            pg_size_pretty(pg_indexes_size(c.oid)) AS indexes, pg_size_pretty(pg_total_relation_size(c.oid)) AS total
     FROM pg_class c WHERE c.relkind = 'r' AND c.relname = ANY($1::text[]) ORDER BY pg_total_relation_size(c.oid) DESC`,
    [BIG_TABLES],
  );
  return [
    `Database on disk after seeding (pg_database_size): ${db[0]!.size}.`,
    "",
    "| table | rows (estimate) | table | indexes | total |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.name} | ${Number(r.rows).toLocaleString("en-US")} | ${r.heap} | ${r.indexes} | ${r.total} |`),
  ];
}

export async function indexSizes(client: pg.Client, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; size: string }>(
    `SELECT i.relname AS name, pg_size_pretty(pg_relation_size(i.oid)) AS size
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relname = ANY($1::text[]) ORDER BY pg_relation_size(i.oid) DESC`,
    [tables],
  );
  return rows.map((r) => `${r.name} ${r.size}`);
}

export async function connectionsInUse(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ state: string | null; n: number }>(
    `SELECT state, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() GROUP BY state ORDER BY state`,
  );
  return rows.map((r) => `${r.n} ${r.state ?? "(no state)"}`).join(", ");
}

/** Meilisearch's /stats and the resident memory of the process serving `dir`. */
export async function meiliSizing(url: string, masterKey: string, dir: string): Promise<string> {
  const res = await fetch(`${url}/stats`, { headers: { Authorization: `Bearer ${masterKey}` } });
  const stats = (await res.json()) as {
    databaseSize?: number;
    usedDatabaseSize?: number;
    indexes?: Record<string, { numberOfDocuments?: number }>;
  };
  const mb = (n: number | undefined) => `${((n ?? 0) / 1024 / 1024).toFixed(0)} MiB`;
  const docs = Object.entries(stats.indexes ?? {})
    .map(([uid, s]) => `${uid} ${s.numberOfDocuments ?? 0} documents`)
    .join(", ");
  return `Meilisearch: database ${mb(stats.databaseSize)} (used ${mb(stats.usedDatabaseSize)}), ${docs}; resident memory ${residentMemory(dir)}.`;
}

function residentMemory(dir: string): string {
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.includes("meilisearch") || !cmdline.includes(dir)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) return `${(Number(rss[1]) / 1024).toFixed(0)} MiB`;
    } catch {
      // The process ended meanwhile.
    }
  }
  return "unknown";
}
