// The two baselines our Chinese search is compared with, over the same positions:
// plain PostgreSQL ILIKE on title/description, and Meilisearch with default settings.
import type pg from "pg";
import type { SearchClient } from "../../../apps/api/src/lib/search-client.ts";
import type { LoadedCorpus } from "../../../apps/api/src/modules/search/testing/relevance-loader.ts";

/** Title or description contains the whole query, in insertion order; corpus keys. */
export async function searchWithIlike(pool: pg.Pool, loaded: LoadedCorpus, q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await pool.query<{ id: string }>(
    `SELECT p.id FROM positions p JOIN fair_positions fp ON fp."positionId" = p.id
     WHERE fp."fairId" = $1 AND p.status = 'OPEN' AND (p.title ILIKE $2 OR p.description ILIKE $2)
     ORDER BY p."createdAt", p.id LIMIT 10`,
    [loaded.fairId, pattern],
  );
  return rows.map((r) => loaded.keyById.get(r.id) ?? r.id);
}

/** Indexes the fair's positions as plain documents in an index left at default settings. */
export async function loadDefaultIndex(pool: pg.Pool, client: SearchClient, loaded: LoadedCorpus, uid: string): Promise<void> {
  const { rows } = await pool.query(
    `SELECT p.id, p.title, p.description, p.city, p."wageMin", p."wageMax", p."foodProvided", p."lodgingProvided", e.name AS "employerName"
     FROM positions p JOIN employers e ON e.id = p."employerId" JOIN fair_positions fp ON fp."positionId" = p.id
     WHERE fp."fairId" = $1 AND p.status = 'OPEN'`,
    [loaded.fairId],
  );
  const task = await client.index(uid).addDocuments(rows, { primaryKey: "id" }).waitTask({ timeout: 120_000 });
  if (task.status !== "succeeded") throw new Error(`default index load ${task.status}`);
}

/** The raw query against the default-settings index; corpus keys. */
export async function searchDefaultIndex(client: SearchClient, loaded: LoadedCorpus, uid: string, q: string): Promise<string[]> {
  const { hits } = await client.index<{ id: string }>(uid).search(q, { limit: 10 });
  return hits.map((h) => loaded.keyById.get(h.id) ?? h.id);
}
