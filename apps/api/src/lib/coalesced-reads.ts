// Identical reads that arrive together share one database statement, without ever answering
// from a snapshot older than the request (what the hot reads of BENCHMARKS.md use, e.g. the
// fair stats that every live screen of a fair asks for on the same check-in event).
//
// Per key at most one read is in flight. A request that finds none starts it; a request that
// arrives while one runs does NOT join it (that statement may have taken its snapshot before
// the request came, so a write the caller has already seen committed could be missing):
// it waits for the next read, which starts when the running one ends and serves everyone
// who came meanwhile. So each answer comes from a statement begun after its request arrived,
// as if the request had run its own; nothing is kept once a read has answered (no TTL, no
// cache to invalidate), so processes never disagree longer than two separate reads would.
// A failed read fails the requests it served, each as its own statement would have.

interface Waiter<V> {
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

interface KeyState<V> {
  /** Requests that came while a read was running: served together by the next one. */
  next: Waiter<V>[];
}

export interface CoalescedReads<A extends readonly unknown[], V> {
  (...args: A): Promise<V>;
  /** Keys with a read in flight (for tests). */
  readonly busyKeys: () => number;
}

/**
 * Wraps `read` so concurrent calls with the same `keyOf(...args)` share statements as above.
 * The key must name the arguments completely (a batch is read with its first caller's).
 * The shared value goes to every caller: treat it as read-only (map it to a fresh object).
 */
export function coalesceReads<A extends readonly unknown[], V>(
  read: (...args: A) => Promise<V>,
  keyOf: (...args: A) => string,
): CoalescedReads<A, V> {
  const running = new Map<string, KeyState<V>>();

  function start(key: string, args: A, waiters: Waiter<V>[]): void {
    const state: KeyState<V> = running.get(key) ?? { next: [] };
    running.set(key, state);
    const settle = (deliver: (w: Waiter<V>) => void) => {
      for (const w of waiters) deliver(w);
      const queued = state.next;
      if (queued.length === 0) {
        running.delete(key);
        return;
      }
      state.next = [];
      start(key, args, queued);
    };
    let pending: Promise<V>;
    try {
      pending = read(...args);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => settle((w) => w.resolve(value)),
      (error: unknown) => settle((w) => w.reject(error)),
    );
  }

  const coalesced = (...args: A): Promise<V> =>
    new Promise<V>((resolve, reject) => {
      const key = keyOf(...args);
      const state = running.get(key);
      if (state) state.next.push({ resolve, reject });
      else start(key, args, [{ resolve, reject }]);
    });
  return Object.assign(coalesced, { busyKeys: () => running.size });
}
