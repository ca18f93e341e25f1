// PostgreSQL and Meilisearch: the ones named by DATABASE_URL / MEILI_URL, or our
// own embedded ones in DATA_DIR when those are unset. Either way, one stop().
import path from "node:path";
import type { Env } from "../env.ts";
import { startEmbeddedMeilisearch } from "../infra/embedded-meilisearch.ts";
import { startEmbeddedPostgres } from "../infra/embedded-postgres.ts";
import type { Logger } from "../lib/logger.ts";
import { loadOrCreateLocalSecrets } from "./local-secrets.ts";

export interface BackingServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string | undefined;
  dataEncryptionKey: string;
  embedded: { postgres: boolean; meilisearch: boolean };
  stop(): Promise<void>;
}

export async function startBackingServices(env: Env, logger: Logger, opts: { allowGeneratedKey: boolean }): Promise<BackingServices> {
  const needsLocal = !env.DATABASE_URL || !env.MEILI_URL || !env.DATA_ENCRYPTION_KEY;
  const secrets = needsLocal ? loadOrCreateLocalSecrets(env.DATA_DIR) : null;
  const dataEncryptionKey = env.DATA_ENCRYPTION_KEY ?? (opts.allowGeneratedKey ? secrets?.dataEncryptionKey : undefined);
  if (!dataEncryptionKey) {
    throw new Error("DATA_ENCRYPTION_KEY is required outside demo mode (32 random bytes, base64: `openssl rand -base64 32`)");
  }
  const stops: (() => Promise<void>)[] = [];
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dir: path.join(env.DATA_DIR, "postgres"),
        database: "xiezuo",
        log: (line) => logger.debug({ service: "postgres" }, line),
      });
      stops.push(pg.stop);
      databaseUrl = pg.url;
      logger.info("embedded PostgreSQL started");
    }
    let meiliUrl = env.MEILI_URL;
    let meiliKey = env.MEILI_MASTER_KEY;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({
        dir: path.join(env.DATA_DIR, "meilisearch"),
        masterKey: secrets!.meiliMasterKey,
        log: (line) => logger.debug({ service: "meilisearch" }, line),
      });
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
      logger.info("embedded Meilisearch started");
    }
    return {
      databaseUrl,
      meiliUrl,
      meiliKey,
      dataEncryptionKey,
      embedded: { postgres: !env.DATABASE_URL, meilisearch: !env.MEILI_URL },
      stop: async () => {
        for (const stop of stops.reverse()) await stop().catch(() => {});
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }
}
