// Writes positions into Meilisearch. Every call waits for its tasks, so when it resolves
// the change is searchable (or gone), and a failed task is an error, never a silent drop.
import { Meilisearch } from "meilisearch";
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
import { DEFAULT_INDEX_UID, POSITION_INDEX_SETTINGS } from "./index-settings.ts";
import { INDEX_VERSION } from "./index-version.ts";
import { buildPositionDocument } from "./position-document.ts";
import type { PositionForIndex, PositionIndex } from "./position-index.types.ts";

export interface PositionIndexOptions {
  uid?: string;
  /** Documents per request when loading many (replaceAll). */
  batchSize?: number;
  /** Longest wait for one task, in ms. */
  taskTimeoutMs?: number;
  /** Longest wait for one HTTP request, in ms (uploading thousands of documents takes a while). */
  requestTimeoutMs?: number;
}

function isAlreadyExists(task: { status: string; error?: { code?: string } | null }): boolean {
  return task.status === "failed" && task.error?.code === "index_already_exists";
}

export interface PositionIndexExtras {
  uid: string;
  /**
   * Documents built by another dictionary or other rules than this code's (0 when the index
   * is missing or empty). Non-zero after a deployment that changed them: call replaceAll.
   */
  countStale(): Promise<number>;
  /** Documents in the live index (0 when it is missing). */
  count(): Promise<number>;
  /** id → sourceHash of every live document, for reconciliation with the database. */
  readStamps(): Promise<Map<string, string>>;
  /** replaceAll with hooks (tests hold a rebuild at its swap). */
  replaceAllWith(positions: PositionForIndex[], hooks: ReplaceHooks): Promise<void>;
}

export function createPositionIndex(searchClient: SearchClient, options: PositionIndexOptions = {}): PositionIndex & PositionIndexExtras {
  const uid = options.uid ?? DEFAULT_INDEX_UID;
  const batchSize = options.batchSize ?? 2_000;
  // The app's client gives up after 2 s so searches degrade to 503 quickly; writes run in
  // the background (relay, rebuild) and may wait longer rather than fail and retry.
  const client = new Meilisearch({ ...searchClient.config, timeout: options.requestTimeoutMs ?? 30_000 });
  const wait = { timeout: options.taskTimeoutMs ?? 120_000, interval: 10 };

  async function prepareIndex(indexUid: string): Promise<void> {
    const created = await client.createIndex(indexUid, { primaryKey: "id" }).waitTask(wait);
    // Several API processes may start at once: the index existing already is success.
    if (!isAlreadyExists(created)) assertSucceeded(created, "create index");
    assertSucceeded(await client.index(indexUid).updateSettings(POSITION_INDEX_SETTINGS).waitTask(wait), "update settings");
  }

  async function addAll(indexUid: string, positions: readonly PositionForIndex[]): Promise<void> {
    const index = client.index(indexUid);
    for (let i = 0; i < positions.length; i += batchSize) {
      const documents = positions.slice(i, i + batchSize).map(buildPositionDocument);
      assertSucceeded(await index.addDocuments(documents, { primaryKey: "id" }).waitTask(wait), "add documents");
    }
  }

  async function removeIds(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      assertSucceeded(
        await client
          .index(uid)
          .deleteDocuments([...ids])
          .waitTask(wait),
        "delete documents",
      );
    } catch (error) {
      // Nothing indexed yet means nothing to remove.
      if (isIndexMissing(error)) return;
      throw error;
    }
  }

  // Adding documents to a missing index would create it without our settings, so
  // writes make sure it is ready first (once per process, retried after a failure).
  let ready: Promise<void> | null = null;
  function ensureReady(): Promise<void> {
    ready = prepareIndex(uid).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }
  const readyOnce = () => ready ?? ensureReady();

  async function replaceAll(positions: readonly PositionForIndex[], hooks: ReplaceHooks): Promise<void> {
    await readyOnce();
    await replaceIndexAtomically({
      client,
      uid,
      wait,
      prepare: prepareIndex,
      load: (staging) =>
        addAll(
          staging,
          positions.filter((p) => p.status === "OPEN"),
        ),
      hooks,
    });
  }

  return {
    uid,
    ensureReady,

    countStale: () => countOtherVersions(client, uid, INDEX_VERSION),
    count: () => countDocuments(client, uid),
    readStamps: () => readSourceStamps(client, uid),

    async upsert(positions) {
      await readyOnce();
      // Only open positions are searchable: a closed one leaves the index.
      const open = positions.filter((p) => p.status === "OPEN");
      const closed = positions.filter((p) => p.status !== "OPEN").map((p) => p.id);
      if (open.length > 0) await addAll(uid, open);
      await removeIds(closed);
    },

    remove: (ids) => removeIds(ids),

    replaceAll: (positions) => replaceAll(positions, {}),
    replaceAllWith: (positions, hooks) => replaceAll(positions, hooks),
  };
}
