// Keeps a search index complete whatever interleaves with a rebuild. A rebuild reads the
// database, fills a staging index and swaps it in; anything the outbox relay wrote to the
// old live index meanwhile is gone with it. So every rebuild ends with a reconciliation:
// after the swap, the live index's (id, sourceHash) stamps are compared with documents built
// from the database, and each difference is queued as an ordinary change event. The relay
// then applies it from current rows, as for any change. Whatever commits after the
// comparison read its rows has its own event, handled after the swap, into the new index.
// No time window, no margin, and a failure anywhere after the swap is healed by the next
// catch-up (which reconciles when the index is not empty).
import type { ReplaceHooks } from "../../lib/search-index-swap.ts";
import type { IndexBuildsRepository } from "./index-builds.repository.ts";

export interface SyncedIndex<T> {
  uid: string;
  ensureReady(): Promise<void>;
  count(): Promise<number>;
  countStale(): Promise<number>;
  readStamps(): Promise<Map<string, string>>;
  replaceAll(items: T[], hooks: ReplaceHooks): Promise<void>;
}

export interface IndexSource<T> {
  /** Outbox topic whose handler brings one aggregate's document up to date from current rows. */
  topic: string;
  /** How many items belong in the index now. */
  count(): Promise<number>;
  /** Every item that belongs in the index, a page at a time. */
  pages(): AsyncIterable<T[]>;
  /** The item's id and the sourceHash its document would carry. */
  stamp(item: T): { id: string; hash: string };
}

export interface IndexSyncOutbox {
  enqueueMany(topic: string, aggregateIds: readonly string[]): Promise<bigint | null>;
  countPending(topic: string, upToId: bigint): Promise<number>;
}

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface IndexSyncResult {
  mode: "rebuild" | "reconcile";
  /** Documents loaded by the rebuild (0 for a reconciliation). */
  documents: number;
  /** Differences found after the swap (or at start-up) and queued for the relay. */
  queued: number;
  ms: number;
}

/** Another process holds this index's lease: it is rebuilding or reconciling it right now. */
export class IndexBusyError extends Error {
  constructor(uid: string) {
    super(`search index "${uid}" is being rebuilt by another process`);
  }
}

export function createIndexSync<T>(deps: {
  index: SyncedIndex<T>;
  source: IndexSource<T>;
  builds: IndexBuildsRepository;
  outbox: IndexSyncOutbox;
  holder: string;
  logger: Log;
  leaseMs?: number;
  /** Hold the lease until the relay (in any process) has applied the queued differences. */
  awaitAppliedMs?: number;
}) {
  const { index, source, builds, outbox, holder, logger } = deps;
  const leaseMs = deps.leaseMs ?? 30_000;

  async function withLease<R>(liveIncomplete: boolean, work: () => Promise<R>, onLeased?: () => void): Promise<R> {
    if (!(await builds.acquire({ indexUid: index.uid, holder, liveIncomplete, leaseMs }))) throw new IndexBusyError(index.uid);
    onLeased?.();
    const heartbeat = setInterval(() => {
      builds.renew({ indexUid: index.uid, holder, leaseMs }).catch(() => undefined);
    }, leaseMs / 3);
    try {
      return await work();
    } finally {
      clearInterval(heartbeat);
      await builds.release({ indexUid: index.uid, holder }).catch(() => undefined);
    }
  }

  async function waitApplied(lastEventId: bigint): Promise<void> {
    if (!deps.awaitAppliedMs) return;
    const deadline = Date.now() + deps.awaitAppliedMs;
    while ((await outbox.countPending(source.topic, lastEventId)) > 0) {
      if (Date.now() > deadline) {
        logger.warn({ index: index.uid }, "queued index differences are not applied yet; the relay goes on with them");
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Compares the live index with the database and queues every difference. */
  async function reconcileNow(): Promise<number> {
    const stamps = await index.readStamps();
    const differ: string[] = [];
    for await (const page of source.pages()) {
      for (const item of page) {
        const { id, hash } = source.stamp(item);
        if (stamps.get(id) !== hash) differ.push(id);
        stamps.delete(id);
      }
    }
    // Left over: in the index, but no longer in the database's set (closed, deleted).
    differ.push(...stamps.keys());
    if (differ.length > 0) {
      const last = await outbox.enqueueMany(source.topic, differ);
      if (last !== null) await waitApplied(last);
    }
    return differ.length;
  }

  async function rebuildNow(hooks: ReplaceHooks): Promise<{ documents: number; queued: number }> {
    const items: T[] = [];
    for await (const page of source.pages()) items.push(...page);
    await index.replaceAll(items, hooks);
    return { documents: items.length, queued: await reconcileNow() };
  }

  async function measured(mode: IndexSyncResult["mode"], run: () => Promise<{ documents: number; queued: number }>) {
    const started = performance.now();
    const { documents, queued } = await run();
    const result: IndexSyncResult = { mode, documents, queued, ms: Math.round(performance.now() - started) };
    logger.info({ index: index.uid, ...result }, mode === "rebuild" ? "search index rebuilt" : "search index reconciled");
    return result;
  }

  return {
    /**
     * At start-up: a missing, empty or outdated index is rebuilt; any other is reconciled.
     * Throws IndexBusyError while another process does it (retry later). `onLeased` runs once
     * the lease is taken, i.e. once health can tell whether the live index is incomplete.
     */
    async catchUp(onLeased?: () => void): Promise<IndexSyncResult> {
      await index.ensureReady();
      const [indexed, stored, stale] = await Promise.all([index.count(), source.count(), index.countStale()]);
      const rebuild = (indexed === 0 && stored > 0) || stale > 0;
      return withLease(
        indexed < stored,
        () =>
          rebuild
            ? measured("rebuild", () => rebuildNow({}))
            : measured("reconcile", async () => ({ documents: 0, queued: await reconcileNow() })),
        onLeased,
      );
    },

    /** A full rebuild (`pnpm reindex`), then the reconciliation. */
    async rebuild(hooks: ReplaceHooks = {}): Promise<IndexSyncResult> {
      await index.ensureReady();
      const [indexed, stored] = await Promise.all([index.count(), source.count()]);
      return withLease(indexed < stored, () => measured("rebuild", () => rebuildNow(hooks)));
    },

    async reconcile(): Promise<IndexSyncResult> {
      await index.ensureReady();
      return withLease(false, () => measured("reconcile", async () => ({ documents: 0, queued: await reconcileNow() })));
    },
  };
}

export type IndexSync = ReturnType<typeof createIndexSync>;

/** Reads rows a page at a time in id order (keyset paging) and yields them mapped: IndexSource.pages. */
export async function* pagesById<R extends { id: string }, T>(
  fetchPage: (afterId: string | null, take: number) => Promise<R[]>,
  map: (row: R) => T,
  take: number,
): AsyncIterable<T[]> {
  let afterId: string | null = null;
  for (;;) {
    const page = await fetchPage(afterId, take);
    yield page.map(map);
    if (page.length < take) return;
    afterId = page[page.length - 1]!.id;
  }
}
