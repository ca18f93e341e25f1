// Keeps the search indexes (positions; seekers for matching) in step with the database in a
// running server: the outbox handlers the relay runs, and a catch-up at start-up that
// rebuilds a missing, empty or outdated index and reconciles any other (index-sync). A
// fresh demo writes its rows without outbox events; a deployment may change how documents
// are built. Meilisearch being down at start is no error: the catch-up retries in the
// background, the relay too. While another process holds an index's lease, this one waits.
import crypto from "node:crypto";
import os from "node:os";
import type { Logger } from "../lib/logger.ts";
import type { Db } from "../lib/prisma.ts";
import type { SearchClient } from "../lib/search-client.ts";
import { createIndexBuildsRepository, createIndexSync, IndexBusyError, type IndexSync } from "../modules/index-sync/index.ts";
import {
  createMatchingRepository,
  createSeekerIndexHandlers,
  createSeekerIndexSource,
  type SeekerIndex,
  syncedSeekerIndex,
} from "../modules/matching/index.ts";
import { createOutboxRepository, type OutboxHandler } from "../modules/outbox/index.ts";
import {
  createPositionIndexHandlers,
  createPositionIndexSource,
  createPositionsRepository,
  createReadyPositionIndex,
  syncedPositionIndex,
} from "../modules/positions/index.ts";
import type { PositionIndex, PositionIndexExtras } from "../modules/search/index.ts";

export interface SearchSync {
  handlers: Record<string, OutboxHandler>;
  /** Rebuild or reconcile, one runner per index (pnpm reindex and tests call them directly). */
  positions: IndexSync;
  seekers: IndexSync | null;
  /** Resolves once every index is caught up (rebuilt or reconciled), or when stopped. */
  catchUpOnStart(): Promise<void>;
  /**
   * Resolves once each index's first catch-up attempt has taken its lease or failed: from
   * then on health can tell an incomplete index. start-server waits for it before listening.
   */
  firstDecision(): Promise<void>;
  stop(): Promise<void>;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

export function createSearchSync(deps: {
  db: Db;
  search: SearchClient;
  index: PositionIndex & PositionIndexExtras;
  /** The matching index; without it only positions are kept here. */
  seekerIndex?: SeekerIndex;
  logger: Logger;
  /** After a rebuild, hold the index's lease until the relay applied the differences found. */
  awaitAppliedMs?: number;
}): SearchSync {
  const log = deps.logger.child({ component: "search-sync" });
  const positions = createPositionsRepository(deps.db);
  const matching = createMatchingRepository(deps.db);
  const common = {
    builds: createIndexBuildsRepository(deps.db),
    outbox: createOutboxRepository(deps.db),
    holder: `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`,
    logger: log,
    awaitAppliedMs: deps.awaitAppliedMs ?? 0,
  };
  const positionSync = createIndexSync({ ...common, index: syncedPositionIndex(deps.index), source: createPositionIndexSource(positions) });
  const seekerSync = deps.seekerIndex
    ? createIndexSync({ ...common, index: syncedSeekerIndex(deps.seekerIndex), source: createSeekerIndexSource(matching) })
    : null;
  const syncs = [positionSync, ...(seekerSync ? [seekerSync] : [])];

  let stopped = false;
  const wakers = new Set<() => void>();
  let running: Promise<void> | null = null;
  const decisions: Promise<void>[] = [];

  function pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
    });
  }

  function loop(sync: IndexSync): { done: Promise<void>; decided: Promise<void> } {
    let decide: () => void = () => {};
    const decided = new Promise<void>((resolve) => {
      decide = resolve;
    });
    const done = (async () => {
      let delay = RETRY_MIN_MS;
      while (!stopped) {
        try {
          await sync.catchUp(decide);
          return;
        } catch (error) {
          const busy = error instanceof IndexBusyError;
          log[busy ? "info" : "warn"](
            { err: error instanceof Error ? error.message : String(error), retryInMs: delay },
            busy ? "another process is rebuilding the index; will reconcile after it" : "search index not ready; will retry",
          );
        } finally {
          decide();
        }
        await pause(delay);
        delay = Math.min(delay * 2, RETRY_MAX_MS);
      }
    })();
    return { done, decided };
  }

  return {
    handlers: {
      ...createPositionIndexHandlers({ positions, index: createReadyPositionIndex(deps.index) }),
      ...(deps.seekerIndex ? createSeekerIndexHandlers({ matching, index: deps.seekerIndex }) : {}),
    },
    positions: positionSync,
    seekers: seekerSync,
    catchUpOnStart() {
      if (!running) {
        const loops = syncs.map(loop);
        decisions.push(...loops.map((l) => l.decided));
        running = Promise.all(loops.map((l) => l.done)).then(() => undefined);
      }
      return running;
    },
    async firstDecision() {
      await Promise.all(decisions);
    },
    async stop() {
      stopped = true;
      for (const wake of wakers) wake();
      await running;
    },
  };
}
