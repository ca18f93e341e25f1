// Keeps the position search index in step with the database in a running server: the
// outbox handlers the relay runs, and a catch-up at start-up that rebuilds an empty or
// out-of-date index (a fresh demo writes its positions directly, without outbox events;
// a deployment may change how documents are built). Meilisearch being
// down at start is no error: the catch-up retries in the background, the relay too.
import type { Logger } from "../lib/logger.ts";
import type { Db } from "../lib/prisma.ts";
import type { SearchClient } from "../lib/search-client.ts";
import { createOutboxRepository, type OutboxHandler } from "../modules/outbox/index.ts";
import {
  createPositionIndexHandlers,
  createPositionsRepository,
  createReadyPositionIndex,
  rebuildPositionIndex,
} from "../modules/positions/index.ts";
import type { PositionIndex, PositionIndexExtras } from "../modules/search/index.ts";

export interface SearchSync {
  handlers: Record<string, OutboxHandler>;
  /** Resolves once the index is ready (and rebuilt if it was empty), or when stopped. */
  catchUpOnStart(): Promise<void>;
  stop(): Promise<void>;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

export function createSearchSync(deps: {
  db: Db;
  search: SearchClient;
  index: PositionIndex & PositionIndexExtras;
  logger: Logger;
}): SearchSync {
  const log = deps.logger.child({ component: "search-sync" });
  const positions = createPositionsRepository(deps.db);
  const outbox = createOutboxRepository(deps.db);
  const index = createReadyPositionIndex(deps.index);
  let stopped = false;
  let wake: (() => void) | null = null;
  let running: Promise<void> | null = null;

  async function countIndexed(): Promise<number> {
    return (await deps.search.index(deps.index.uid).getStats()).numberOfDocuments;
  }

  async function catchUpOnce(): Promise<void> {
    await index.ensureReady();
    const [indexed, open, stale] = await Promise.all([countIndexed(), positions.countOpen(), deps.index.countStale()]);
    // Empty (a fresh demo writes its positions without outbox events), or built by an older
    // dictionary or document shape (a deployment changed them): rebuild from the database.
    if ((indexed === 0 && open > 0) || stale > 0) {
      log.info({ open, indexed, stale }, "search index is empty or out of date: rebuilding it from the database");
      const result = await rebuildPositionIndex({ positions, outbox, index });
      log.info(result, "search index rebuilt");
    } else if (indexed !== open) {
      // Normal while the relay catches up; a lasting difference calls for `pnpm reindex`.
      log.info({ indexed, open }, "search index and database differ at start-up");
    }
  }

  async function loop(): Promise<void> {
    let delay = RETRY_MIN_MS;
    while (!stopped) {
      try {
        await catchUpOnce();
        return;
      } catch (error) {
        log.warn({ err: error instanceof Error ? error.message : String(error), retryInMs: delay }, "search index not ready; will retry");
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    }
  }

  return {
    handlers: createPositionIndexHandlers({ positions, index }),
    catchUpOnStart() {
      running ??= loop();
      return running;
    },
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
