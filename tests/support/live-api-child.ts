// The life of an API child process that tests and benchmarks start (fork or spawn with tsx):
// its configuration from the environment (DATABASE_URL, DATA_ENCRYPTION_KEY, MEILI_URL,
// MEILI_MASTER_KEY, LOG_LEVEL, PORT), {"port":…} announced on stdout and over IPC when forked,
// and a clean stop on SIGTERM or an IPC {stop:true}.

import { createLiveApiHost, type LiveApiHostOptions } from "../../apps/api/src/testing/live-api-host.ts";
import { requireEnv } from "./require-env.ts";

/** The Prisma pool of the child's API (and of any baseline a benchmark mounts beside it). */
export const LIVE_API_POOL_SIZE = 10;

export async function runLiveApiChild(
  options: { mountFirst?: LiveApiHostOptions["mountFirst"]; onStop?: () => Promise<void> } = {},
): Promise<void> {
  const host = createLiveApiHost({
    databaseUrl: requireEnv("DATABASE_URL"),
    dataEncryptionKey: requireEnv("DATA_ENCRYPTION_KEY"),
    meili: { url: process.env.MEILI_URL ?? "http://127.0.0.1:9", masterKey: process.env.MEILI_MASTER_KEY },
    logLevel: process.env.LOG_LEVEL ?? "warn",
    poolSize: LIVE_API_POOL_SIZE,
    mountFirst: options.mountFirst,
  });

  async function stop() {
    await host.close();
    await options.onStop?.();
    process.exit(0);
  }
  process.on("SIGTERM", stop);
  process.on("message", (message: { stop?: boolean }) => {
    if (message.stop) void stop();
  });

  // PORT: a process restarted after a crash comes back where its clients expect it (fault tests).
  const port = await host.listen(Number(process.env.PORT ?? 0));
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.send?.({ ready: true, port });
}
