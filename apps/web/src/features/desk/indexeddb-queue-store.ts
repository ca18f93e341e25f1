import type { FailedCheckIn, QueuedCheckIn, QueueStore } from "./offline-queue.ts";

/**
 * One small database per fair, so a record needs no field beyond the three the issue
 * allows (badge token, scan time, clientRequestId). `failed` adds only an API error code.
 */
export const QUEUE_DB_PREFIX = "xiezuo-checkin-queue:";
const DB_VERSION = 1;
export const PENDING_STORE = "pending";
export const FAILED_STORE = "failed";

export function getQueueDbName(fairId: string): string {
  return `${QUEUE_DB_PREFIX}${fairId}`;
}

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(PENDING_STORE)) db.createObjectStore(PENDING_STORE, { keyPath: "clientRequestId" });
      if (!db.objectStoreNames.contains(FAILED_STORE)) db.createObjectStore(FAILED_STORE, { keyPath: "clientRequestId" });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the schema must not be blocked by this one.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
}

/** Resolves when the transaction has committed, so a removed entry is really gone. */
function whenDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
  });
}

function pickQueued(entry: QueuedCheckIn): QueuedCheckIn {
  return { badgeToken: entry.badgeToken, scannedAt: entry.scannedAt, clientRequestId: entry.clientRequestId };
}

export function createIndexedDbQueueStore(fairId: string): QueueStore {
  return createNamedQueueStore(getQueueDbName(fairId));
}

/** The same store in a database of the caller's name (the transfer's boarding desk keeps its own). */
export function createNamedQueueStore(dbName: string): QueueStore {
  let opening: Promise<IDBDatabase> | null = null;
  const database = () => {
    opening ??= openDatabase(dbName).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };

  async function write(storeNames: string[], work: (transaction: IDBTransaction) => void): Promise<void> {
    const db = await database();
    const transaction = db.transaction(storeNames, "readwrite");
    const done = whenDone(transaction);
    work(transaction);
    await done;
  }

  async function readAll<T>(storeName: string): Promise<T[]> {
    const db = await database();
    return promisify(db.transaction(storeName, "readonly").objectStore(storeName).getAll() as IDBRequest<T[]>);
  }

  return {
    async add(entry) {
      await write([PENDING_STORE], (transaction) => {
        // add() fails on an existing key; the first scan with that id wins.
        const request = transaction.objectStore(PENDING_STORE).add(pickQueued(entry));
        request.onerror = (event) => {
          event.preventDefault();
        };
      });
    },
    list: () => readAll<QueuedCheckIn>(PENDING_STORE),
    async remove(clientRequestId) {
      await write([PENDING_STORE], (transaction) => {
        transaction.objectStore(PENDING_STORE).delete(clientRequestId);
      });
    },
    async markFailed(entry) {
      await write([PENDING_STORE, FAILED_STORE], (transaction) => {
        transaction.objectStore(PENDING_STORE).delete(entry.clientRequestId);
        transaction.objectStore(FAILED_STORE).put({ ...pickQueued(entry), reason: entry.reason } satisfies FailedCheckIn);
      });
    },
    listFailed: () => readAll<FailedCheckIn>(FAILED_STORE),
    async removeFailed(clientRequestId) {
      await write([FAILED_STORE], (transaction) => {
        transaction.objectStore(FAILED_STORE).delete(clientRequestId);
      });
    },
  };
}

/** Serialises replays across tabs of this browser where Web Locks exist; else runs directly. */
export function runWithQueueLock(fairId: string) {
  return runWithNamedQueueLock(getQueueDbName(fairId));
}

/** The same lock for a store made by createNamedQueueStore(dbName). */
export function runWithNamedQueueLock(dbName: string) {
  return <T>(task: () => Promise<T>): Promise<T> => {
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    if (!locks) return task();
    return locks.request(`${dbName}:replay`, () => task()) as Promise<T>;
  };
}

/**
 * Scans still waiting on this device, per fair, for fairs whose queue database exists
 * (indexedDB.databases() lists them without creating any). Empty where unsupported.
 */
export async function countPendingOnDevice(fairIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return counts;
  const existing = new Set((await indexedDB.databases()).map((info) => info.name));
  for (const fairId of fairIds) {
    if (!existing.has(getQueueDbName(fairId))) continue;
    const pending = await createIndexedDbQueueStore(fairId).list();
    if (pending.length > 0) counts.set(fairId, pending.length);
  }
  return counts;
}
