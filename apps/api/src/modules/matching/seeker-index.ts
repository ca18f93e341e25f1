// The seekers index in Meilisearch: the writer the outbox relay uses, and a full rebuild
// swapped in atomically. Every call waits for its task, so a resolved write is searchable.
import type { Settings } from "meilisearch";
import type { SearchClient } from "../../lib/search-client.ts";
import {
  assertTaskSucceeded as assertSucceeded,
  countDocuments,
  countOtherVersions,
  isIndexMissing,
  type ReplaceHooks,
  readSourceStamps,
  replaceIndexAtomically,
} from "../../lib/search-index-swap.ts";
import { SEEKER_INDEX_VERSION, type SeekerDocument } from "./seeker-document.ts";

export const DEFAULT_SEEKER_INDEX_UID = "seekers";

export const SEEKER_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["wanted", "families"],
  filterableAttributes: [
    "gender",
    "birthDay",
    "wantedKeys",
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
  replaceAll(documents: SeekerDocument[], hooks?: ReplaceHooks): Promise<void>;
  count(): Promise<number>;
  /** Documents built by other rules than this code's (see SEEKER_INDEX_VERSION). */
  countStale(): Promise<number>;
  /** id → sourceHash of every live document, for reconciliation with the database. */
  readStamps(): Promise<Map<string, string>>;
}

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
    async replaceAll(documents, hooks = {}) {
      await ensureReady();
      await replaceIndexAtomically({ client, uid, wait, prepare, load: (staging) => addAll(staging, documents), hooks });
    },
    count: () => countDocuments(client, uid),
    countStale: () => countOtherVersions(client, uid, SEEKER_INDEX_VERSION),
    readStamps: () => readSourceStamps(client, uid),
  };
}
