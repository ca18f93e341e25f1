import { describe, expect, it } from "vitest";
import {
  createOfflineQueue,
  type FailedCheckIn,
  getTokenSuffix,
  type QueuedCheckIn,
  type QueueStore,
  type SendOutcome,
  sortOldestFirst,
} from "./offline-queue.ts";

/** The same contract as the IndexedDB store, in memory. */
function createFakeStore(): QueueStore & { pendingRows: QueuedCheckIn[]; failedRows: FailedCheckIn[] } {
  const store = {
    pendingRows: [] as QueuedCheckIn[],
    failedRows: [] as FailedCheckIn[],
    async add(entry: QueuedCheckIn) {
      if (!store.pendingRows.some((row) => row.clientRequestId === entry.clientRequestId)) store.pendingRows.push({ ...entry });
    },
    async list() {
      return store.pendingRows.map((row) => ({ ...row }));
    },
    async remove(clientRequestId: string) {
      store.pendingRows = store.pendingRows.filter((row) => row.clientRequestId !== clientRequestId);
    },
    async markFailed(entry: FailedCheckIn) {
      await store.remove(entry.clientRequestId);
      store.failedRows.push({ ...entry });
    },
    async listFailed() {
      return store.failedRows.map((row) => ({ ...row }));
    },
    async removeFailed(clientRequestId: string) {
      store.failedRows = store.failedRows.filter((row) => row.clientRequestId !== clientRequestId);
    },
  };
  return store;
}

function entry(n: number, minute: number): QueuedCheckIn {
  return {
    badgeToken: `token-${n}`.padEnd(44, "x"),
    scannedAt: `2025-05-20T09:${String(minute).padStart(2, "0")}:00.000Z`,
    clientRequestId: `request-${n}`,
  };
}

/** A fake server that records every request and answers from a script (default: accepted). */
function createFakeServer(script: (entry: QueuedCheckIn, call: number) => SendOutcome = () => ({ kind: "accepted", duplicate: false })) {
  const calls: QueuedCheckIn[] = [];
  return {
    calls,
    send: async (sent: QueuedCheckIn) => {
      calls.push(sent);
      // Yield so that overlapping replays really overlap.
      await new Promise((resolve) => setTimeout(resolve, 1));
      return script(sent, calls.length);
    },
  };
}

describe("offline queue replay", () => {
  it("sends each entry once, oldest scan first, with its original clientRequestId and scan time", async () => {
    const store = createFakeStore();
    const server = createFakeServer();
    const queue = createOfflineQueue({ store, send: server.send });
    await queue.enqueue(entry(2, 12));
    await queue.enqueue(entry(1, 5));
    await queue.enqueue(entry(3, 30));

    const summary = await queue.replay();

    expect(server.calls).toEqual([entry(1, 5), entry(2, 12), entry(3, 30)]);
    expect(summary).toEqual({ accepted: 3, duplicates: 0, rejected: 0, stopped: false });
    expect(await queue.pending()).toEqual([]);
  });

  it("runs once when 'online' fires twice at the same moment", async () => {
    const store = createFakeStore();
    const server = createFakeServer();
    const queue = createOfflineQueue({ store, send: server.send });
    await queue.enqueue(entry(1, 1));
    await queue.enqueue(entry(2, 2));

    const [first, second] = await Promise.all([queue.replay(), queue.replay()]);
    await queue.replay();

    expect(server.calls.map((call) => call.clientRequestId)).toEqual(["request-1", "request-2"]);
    expect(first).toBe(second);
  });

  it("runs once more after a run that a new trigger overlapped, never two runs at a time", async () => {
    const store = createFakeStore();
    let isOnline = false;
    let inFlight = 0;
    let maxInFlight = 0;
    const calls: string[] = [];
    let replayDuringRun: Promise<unknown> = Promise.resolve();
    const queue = createOfflineQueue({
      store,
      send: async (sent) => {
        calls.push(sent.clientRequestId);
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // The network comes back while this request is still failing: 'online' fires now.
        if (!isOnline) {
          isOnline = true;
          replayDuringRun = queue.replay();
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return calls.length === 1 ? { kind: "retry-later" } : { kind: "accepted", duplicate: false };
      },
    });
    await queue.enqueue(entry(1, 1));
    await queue.replay();
    await replayDuringRun;
    await expect.poll(() => queue.pending()).toEqual([]);
    expect(calls).toEqual(["request-1", "request-1"]);
    expect(maxInFlight).toBe(1);
    expect(queue.isReplaying()).toBe(false);
  });

  it("keeps the entry and those after it when the network fails again, and resumes in order", async () => {
    const store = createFakeStore();
    let isOnline = true;
    const server = createFakeServer((sent) =>
      sent.clientRequestId === "request-2" && !isOnline ? { kind: "retry-later" } : { kind: "accepted", duplicate: false },
    );
    const queue = createOfflineQueue({ store, send: server.send });
    for (const n of [1, 2, 3]) await queue.enqueue(entry(n, n));

    isOnline = false;
    const interrupted = await queue.replay();
    expect(interrupted).toMatchObject({ accepted: 1, stopped: true });
    expect((await queue.pending()).map((e) => e.clientRequestId)).toEqual(["request-2", "request-3"]);

    isOnline = true;
    await queue.replay();
    expect(server.calls.map((call) => call.clientRequestId)).toEqual(["request-1", "request-2", "request-2", "request-3"]);
    // The retried entry went out with the very same id, so the server can tell it is a repeat.
    expect(server.calls[1]).toEqual(server.calls[2]);
    expect(await queue.pending()).toEqual([]);
  });

  it("moves a definitively refused entry to the failed list with its reason and goes on", async () => {
    const store = createFakeStore();
    const server = createFakeServer((sent) =>
      sent.clientRequestId === "request-1" ? { kind: "rejected", reason: "FAIR_NOT_OPEN" } : { kind: "accepted", duplicate: true },
    );
    const queue = createOfflineQueue({ store, send: server.send });
    await queue.enqueue(entry(1, 1));
    await queue.enqueue(entry(2, 2));

    expect(await queue.replay()).toEqual({ accepted: 0, duplicates: 1, rejected: 1, stopped: false });
    expect(await queue.pending()).toEqual([]);
    expect(await queue.failed()).toEqual([{ ...entry(1, 1), reason: "FAIR_NOT_OPEN" }]);

    await queue.dismissFailed("request-1");
    expect(await queue.failed()).toEqual([]);
    // Failed entries are never sent again.
    await queue.replay();
    expect(server.calls).toHaveLength(2);
  });

  it("also sends entries scanned while a replay is running", async () => {
    const store = createFakeStore();
    const queue = createOfflineQueue({
      store,
      send: async (sent) => {
        if (sent.clientRequestId === "request-1") await queue.enqueue(entry(9, 59));
        return { kind: "accepted", duplicate: false };
      },
    });
    await queue.enqueue(entry(1, 1));
    expect((await queue.replay()).accepted).toBe(2);
    expect(await queue.pending()).toEqual([]);
  });

  it("queues a badge once while offline, whatever the number of scans", async () => {
    const store = createFakeStore();
    const queue = createOfflineQueue({ store, send: createFakeServer().send });
    expect(await queue.enqueue(entry(1, 1))).toEqual({ added: true });
    expect(await queue.enqueue({ ...entry(1, 2), clientRequestId: "request-again" })).toEqual({ added: false });
    expect(store.pendingRows).toHaveLength(1);
  });

  it("stores nothing but the token, the scan time and the clientRequestId", async () => {
    const store = createFakeStore();
    const queue = createOfflineQueue({ store, send: createFakeServer().send });
    await queue.enqueue({ ...entry(1, 1), idNumber: "433126199001011234" } as QueuedCheckIn);
    expect(Object.keys(store.pendingRows[0] ?? {}).sort()).toEqual(["badgeToken", "clientRequestId", "scannedAt"]);
  });

  it("tells subscribers when the lists change", async () => {
    const queue = createOfflineQueue({ store: createFakeStore(), send: createFakeServer().send });
    let changes = 0;
    const unsubscribe = queue.subscribe(() => {
      changes += 1;
    });
    await queue.enqueue(entry(1, 1));
    expect(changes).toBe(1);
    await queue.replay();
    expect(changes).toBeGreaterThanOrEqual(3);
    unsubscribe();
    await queue.enqueue(entry(2, 2));
    expect(changes).toBeLessThan(10);
  });
});

describe("helpers", () => {
  it("sorts by scan time, then by id", () => {
    const a = { ...entry(1, 5), clientRequestId: "b" };
    const b = { ...entry(2, 5), clientRequestId: "a" };
    const c = entry(3, 1);
    expect(sortOldestFirst([a, b, c]).map((e) => e.clientRequestId)).toEqual(["request-3", "a", "b"]);
  });

  it("shows only the end of a token", () => {
    expect(getTokenSuffix("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf")).toBe("…AbCdEf");
    expect(getTokenSuffix("abc")).toBe("abc");
  });
});
