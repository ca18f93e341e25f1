// Writes positions into Meilisearch. Every call waits for its tasks, so when it resolves
// the change is searchable (or gone), and a failed task is an error, never a silent drop.
import { Meilisearch, MeilisearchApiError, type Task } from "meilisearch";
import type { SearchClient } from "../../lib/search-client.ts";
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

function assertSucceeded(task: Task, what: string): void {
  if (task.status !== "succeeded") {
    throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.code ?? ""} ${task.error?.message ?? ""}`.trim());
  }
}

function isAlreadyExists(task: Task): boolean {
  return task.status === "failed" && task.error?.code === "index_already_exists";
}

export interface PositionIndexExtras {
  uid: string;
  /**
   * Documents built by another dictionary or other rules than this code's (0 when the index
   * is missing or empty). Non-zero after a deployment that changed them: call replaceAll.
   */
  countStale(): Promise<number>;
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
      if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return;
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

  return {
    uid,
    ensureReady,

    async countStale() {
      try {
        const response = await client.index(uid).search("", { limit: 0, filter: `indexVersion != "${INDEX_VERSION}"` });
        return response.estimatedTotalHits ?? 0;
      } catch (error) {
        if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return 0;
        throw error;
      }
    },

    async upsert(positions) {
      await readyOnce();
      // Only open positions are searchable: a closed one leaves the index.
      const open = positions.filter((p) => p.status === "OPEN");
      const closed = positions.filter((p) => p.status !== "OPEN").map((p) => p.id);
      if (open.length > 0) await addAll(uid, open);
      await removeIds(closed);
    },

    remove: (ids) => removeIds(ids),

    async replaceAll(positions) {
      await readyOnce();
      const staging = `${uid}__rebuild_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await prepareIndex(staging);
      try {
        await addAll(
          staging,
          positions.filter((p) => p.status === "OPEN"),
        );
        // The swap is atomic: searches see the old index or the new one, never a half-built one.
        assertSucceeded(await client.swapIndexes([{ indexes: [uid, staging], rename: false }]).waitTask(wait), "swap indexes");
      } finally {
        await client.deleteIndex(staging).waitTask(wait);
      }
    },
  };
}
