// Reads and writes the desk's offline queue in the browser's IndexedDB, as a test sees the
// device: the database the web app keeps per fair (features/desk/indexeddb-queue-store.ts).
import type { Page } from "playwright-core";

export type QueueRecord = Record<string, string>;

const dbName = (fairId: string) => `xiezuo-checkin-queue:${fairId}`;

export function readQueue(page: Page, fairId: string): Promise<QueueRecord[]> {
  return page.evaluate(
    (name) =>
      new Promise<QueueRecord[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("pending")) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction("pending", "readonly").objectStore("pending").getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as QueueRecord[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    dbName(fairId),
  );
}

export function writeQueue(page: Page, fairId: string, records: QueueRecord[]): Promise<void> {
  return page.evaluate(
    ([name, rows]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction("pending", "readwrite");
          for (const row of rows) transaction.objectStore("pending").put(row);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [dbName(fairId), records] as const,
  );
}
