// What every Meilisearch index of ours does the same way: a full rebuild into a staging
// index swapped in atomically, and the (id, sourceHash) stamps of the live documents that
// reconciliation compares with the database.
import { type Meilisearch, MeilisearchApiError, type Task } from "meilisearch";

export interface ReplaceHooks {
  /** Runs when the staging index is full, just before the swap (tests hold the rebuild here). */
  beforeSwap?: () => Promise<void>;
  /** Runs right after the swap (tests make the rebuild fail there). */
  afterSwap?: () => Promise<void>;
}

type Wait = { timeout: number; interval: number };

export function assertTaskSucceeded(task: Task, what: string): void {
  if (task.status !== "succeeded") {
    throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.code ?? ""} ${task.error?.message ?? ""}`.trim());
  }
}

export const isIndexMissing = (error: unknown) => error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";

const STAGING_MARK = "__rebuild_";

/**
 * Loads a fresh staging index and swaps it with the live one; searches see the old index or
 * the new one, never a half-built one. Removing the old documents afterwards is awaited but
 * best effort: a failure there must not hide that the swap happened (leftovers go at the next rebuild).
 */
export async function replaceIndexAtomically(input: {
  client: Meilisearch;
  uid: string;
  wait: Wait;
  prepare: (uid: string) => Promise<void>;
  load: (uid: string) => Promise<void>;
  hooks?: ReplaceHooks;
}): Promise<void> {
  const { client, uid, wait } = input;
  await removeLeftoverStaging(client, uid, wait);
  const staging = `${uid}${STAGING_MARK}${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await input.prepare(staging);
  let swapped = false;
  try {
    await input.load(staging);
    await input.hooks?.beforeSwap?.();
    assertTaskSucceeded(await client.swapIndexes([{ indexes: [uid, staging], rename: false }]).waitTask(wait), "swap indexes");
    swapped = true;
    await input.hooks?.afterSwap?.();
  } finally {
    // Waited for, so a finished rebuild leaves no staging index behind; after the swap its
    // failure is swallowed so it cannot hide that the swap happened (leftovers go next time).
    const cleanup = client.deleteIndex(staging).waitTask(wait);
    if (swapped) await cleanup.catch(() => undefined);
    else await cleanup;
  }
}

async function removeLeftoverStaging(client: Meilisearch, uid: string, wait: Wait): Promise<void> {
  const { results } = await client.getIndexes({ limit: 1_000 });
  const leftovers = results.map((i) => i.uid).filter((u) => u.startsWith(`${uid}${STAGING_MARK}`));
  // Another process may be rebuilding right now; its staging index is young, and only ones
  // older than a day are taken as abandoned.
  const dayAgo = Date.now() - 86_400_000;
  for (const u of leftovers) {
    const stamp = Number.parseInt(u.slice(uid.length + STAGING_MARK.length).split("_")[0] ?? "", 36);
    if (Number.isFinite(stamp) && stamp < dayAgo) await client.deleteIndex(u).waitTask(wait);
  }
}

/** id → sourceHash of every document in the index (empty when the index is missing). */
export async function readSourceStamps(client: Meilisearch, uid: string, pageSize = 10_000): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  try {
    for (let offset = 0; ; offset += pageSize) {
      const page = await client.index(uid).getDocuments<{ id: string; sourceHash?: string }>({
        fields: ["id", "sourceHash"],
        limit: pageSize,
        offset,
      });
      for (const doc of page.results) stamps.set(String(doc.id), doc.sourceHash ?? "");
      if (page.results.length < pageSize) break;
    }
  } catch (error) {
    if (!isIndexMissing(error)) throw error;
  }
  return stamps;
}

/** Documents in the index (0 when it is missing). */
export async function countDocuments(client: Meilisearch, uid: string): Promise<number> {
  try {
    return (await client.index(uid).getStats()).numberOfDocuments;
  } catch (error) {
    if (isIndexMissing(error)) return 0;
    throw error;
  }
}

/** Documents built by another version of the rules than `version` (0 when the index is missing). */
export async function countOtherVersions(client: Meilisearch, uid: string, version: string): Promise<number> {
  try {
    const response = await client.index(uid).search("", { limit: 0, filter: `indexVersion != "${version}"` });
    return response.estimatedTotalHits ?? 0;
  } catch (error) {
    if (isIndexMissing(error)) return 0;
    throw error;
  }
}
