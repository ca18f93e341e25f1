// The seekers index in Meilisearch: the writer the outbox relay uses, and a full rebuild
// swapped in atomically. Every call waits for its task, so a resolved write is searchable.
import { MeilisearchApiError, type Settings, type Task } from "meilisearch";
import type { SearchClient } from "../../lib/search-client.ts";
import type { SeekerDocument } from "./seeker-document.ts";

export const DEFAULT_SEEKER_INDEX_UID = "seekers";

export const SEEKER_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["families"],
  filterableAttributes: [
    "gender",
    "birthDay",
    "familyKeys",
    "cityKeys",
    "expectedWageMin",
    "needsLodging",
    "povertyStatus",
    "indexVersion",
  ],
  sortableAttributes: ["birthDay"],
  displayedAttributes: ["id"],
  rankingRules: ["words", "sort", "exactness"],
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: 1_000 },
};

export interface SeekerIndex {
  uid: string;
  ensureReady(): Promise<void>;
  upsert(documents: SeekerDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  replaceAll(documents: SeekerDocument[]): Promise<void>;
  count(): Promise<number>;
}

function assertSucceeded(task: Task, what: string): void {
  if (task.status !== "succeeded") throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? ""}`.trim());
}

const isIndexMissing = (error: unknown) => error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";

export function createSeekerIndex(client: SearchClient, options: { uid?: string; batchSize?: number } = {}): SeekerIndex {
  const uid = options.uid ?? DEFAULT_SEEKER_INDEX_UID;
  const batchSize = options.batchSize ?? 10_000;
  const wait = { timeout: 120_000, interval: 10 };

  async function prepare(indexUid: string): Promise<void> {
    const created = await client.createIndex(indexUid, { primaryKey: "id" }).waitTask(wait);
    // Several processes may start at once: an existing index is success.
    if (!(created.status === "failed" && created.error?.code === "index_already_exists")) assertSucceeded(created, "create index");
    assertSucceeded(await client.index(indexUid).updateSettings(SEEKER_INDEX_SETTINGS).waitTask(wait), "update settings");
  }

  async function addAll(indexUid: string, documents: readonly SeekerDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += batchSize) {
      const batch = documents.slice(i, i + batchSize);
      assertSucceeded(await client.index(indexUid).addDocuments(batch, { primaryKey: "id" }).waitTask(wait), "add documents");
    }
  }

  // Settings go on before the first write (a missing index would be created without them).
  let ready: Promise<void> | null = null;
  const ensureReady = () => {
    ready ??= prepare(uid).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };

  return {
    uid,
    ensureReady,
    async upsert(documents) {
      await ensureReady();
      await addAll(uid, documents);
    },
    async remove(ids) {
      if (ids.length === 0) return;
      try {
        assertSucceeded(await client.index(uid).deleteDocuments(ids).waitTask(wait), "delete documents");
      } catch (error) {
        if (!isIndexMissing(error)) throw error;
      }
    },
    async replaceAll(documents) {
      await ensureReady();
      const staging = `${uid}__rebuild_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await prepare(staging);
      try {
        await addAll(staging, documents);
        assertSucceeded(await client.swapIndexes([{ indexes: [uid, staging], rename: false }]).waitTask(wait), "swap indexes");
      } finally {
        await client.deleteIndex(staging).waitTask(wait);
      }
    },
    async count() {
      try {
        return (await client.index(uid).getStats()).numberOfDocuments;
      } catch (error) {
        if (isIndexMissing(error)) return 0;
        throw error;
      }
    },
  };
}
