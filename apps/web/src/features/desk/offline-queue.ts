/**
 * Check-ins scanned while the network is down. Each entry holds only what the issue allows
 * on the device — the opaque badge token, the scan time and the clientRequestId — and is
 * replayed with that same clientRequestId, so the server counts it once even when an
 * answer was lost and the entry is sent again.
 */
export interface QueuedCheckIn {
  badgeToken: string;
  /** ISO 8601 instant of the scan on this device. */
  scannedAt: string;
  clientRequestId: string;
}

/** An entry the server refused for good (e.g. the fair closed): kept for the staff to see. */
export interface FailedCheckIn extends QueuedCheckIn {
  /** An API error code, never a message with personal data. */
  reason: string;
}

/** Where entries live: IndexedDB in the browser, an array in tests. */
export interface QueueStore {
  /** Adds an entry; adding the same clientRequestId again keeps the first one. */
  add(entry: QueuedCheckIn): Promise<void>;
  /** Pending entries, any order (the queue sorts them). */
  list(): Promise<QueuedCheckIn[]>;
  remove(clientRequestId: string): Promise<void>;
  /** Moves a pending entry to the failed list in one step. */
  markFailed(entry: FailedCheckIn): Promise<void>;
  listFailed(): Promise<FailedCheckIn[]>;
  removeFailed(clientRequestId: string): Promise<void>;
}

/** What sending one entry came to. */
export type SendOutcome =
  /** 201, or 200 with duplicate:true: the server has it, drop the entry. */
  | { kind: "accepted"; duplicate: boolean }
  /** A definitive 4xx: sending again cannot help. */
  | { kind: "rejected"; reason: string }
  /** Network error, 5xx, 401, 429: keep the entry and try later. */
  | { kind: "retry-later" };

export type SendCheckIn = (entry: QueuedCheckIn) => Promise<SendOutcome>;

export interface ReplaySummary {
  accepted: number;
  duplicates: number;
  rejected: number;
  /** True when a retry-later outcome stopped the run with entries left. */
  stopped: boolean;
}

/**
 * Replays a queue exclusively. `lock` lets the browser serialise runs across tabs
 * (Web Locks); inside a tab, overlapping calls join the run already in flight.
 */
export type RunExclusive = <T>(task: () => Promise<T>) => Promise<T>;

const runDirectly: RunExclusive = (task) => task();

/** Oldest scan first; the clientRequestId breaks ties so the order is stable. */
export function sortOldestFirst<T extends QueuedCheckIn>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const byTime = Date.parse(a.scannedAt) - Date.parse(b.scannedAt);
    if (byTime !== 0) return byTime;
    return a.clientRequestId < b.clientRequestId ? -1 : a.clientRequestId > b.clientRequestId ? 1 : 0;
  });
}

/** "…A1b2C3": the last six characters, enough to tell badges apart on screen. */
export function getTokenSuffix(token: string): string {
  return token.length <= 6 ? token : `…${token.slice(-6)}`;
}

export interface OfflineQueue {
  enqueue(entry: QueuedCheckIn): Promise<{ added: boolean }>;
  pending(): Promise<QueuedCheckIn[]>;
  failed(): Promise<FailedCheckIn[]>;
  dismissFailed(clientRequestId: string): Promise<void>;
  /** Sends pending entries oldest first; one run at a time, however often it is called. */
  replay(): Promise<ReplaySummary>;
  isReplaying(): boolean;
  /** Called after every change of the pending or failed lists. */
  subscribe(listener: () => void): () => void;
}

export function createOfflineQueue(deps: { store: QueueStore; send: SendCheckIn; runExclusive?: RunExclusive }): OfflineQueue {
  const { store, send } = deps;
  const runExclusive = deps.runExclusive ?? runDirectly;
  const listeners = new Set<() => void>();
  let running: Promise<ReplaySummary> | null = null;
  let isRerunWanted = false;

  function notify() {
    for (const listener of listeners) listener();
  }

  async function replayOnce(): Promise<ReplaySummary> {
    const summary: ReplaySummary = { accepted: 0, duplicates: 0, rejected: 0, stopped: false };
    // Re-read before each send: entries scanned during the run join it in order, and an
    // entry removed by another tab's run is not sent twice.
    const attempted = new Set<string>();
    for (;;) {
      const next = sortOldestFirst(await store.list()).find((entry) => !attempted.has(entry.clientRequestId));
      if (!next) return summary;
      attempted.add(next.clientRequestId);
      const outcome = await send(next);
      if (outcome.kind === "accepted") {
        await store.remove(next.clientRequestId);
        if (outcome.duplicate) summary.duplicates += 1;
        else summary.accepted += 1;
      } else if (outcome.kind === "rejected") {
        await store.markFailed({ ...next, reason: outcome.reason });
        summary.rejected += 1;
      } else {
        // Keep it and everything after it: order is preserved for the next run.
        summary.stopped = true;
        return summary;
      }
      notify();
    }
  }

  function replay(): Promise<ReplaySummary> {
    if (running) {
      // A trigger during a run (say 'online' while a request is failing) gets one more run
      // afterwards, never a second one alongside: each entry is still sent by one run only.
      isRerunWanted = true;
      return running;
    }
    isRerunWanted = false;
    const run = runExclusive(replayOnce).finally(() => {
      running = null;
      notify();
      if (isRerunWanted) void replay().catch(() => undefined);
    });
    running = run;
    notify();
    return run;
  }

  return {
    async enqueue(entry) {
      const pendingEntries = await store.list();
      // The same badge scanned twice while offline is one arrival, not two entries.
      if (pendingEntries.some((queued) => queued.badgeToken === entry.badgeToken)) return { added: false };
      await store.add({ badgeToken: entry.badgeToken, scannedAt: entry.scannedAt, clientRequestId: entry.clientRequestId });
      notify();
      return { added: true };
    },
    async pending() {
      return sortOldestFirst(await store.list());
    },
    async failed() {
      return sortOldestFirst(await store.listFailed());
    },
    async dismissFailed(clientRequestId) {
      await store.removeFailed(clientRequestId);
      notify();
    },
    replay,
    isReplaying() {
      return running !== null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
