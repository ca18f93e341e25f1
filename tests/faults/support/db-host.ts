// The database host of the multi-host fault test, run inside its network namespace:
// PostgreSQL and Meilisearch listening on the host's address for the API hosts' subnet.
// Prints {"databaseUrl","meiliUrl"} on one line when both are up; stops both on SIGTERM.
import path from "node:path";
import { startEmbeddedMeilisearch } from "../../../apps/api/src/infra/embedded-meilisearch.ts";
import { startEmbeddedPostgres } from "../../../apps/api/src/infra/embedded-postgres.ts";
import { requireEnv } from "../../support/require-env.ts";

const dir = requireEnv("DB_HOST_DIR");
const address = requireEnv("DB_HOST_ADDRESS");
const pg = await startEmbeddedPostgres({
  dir: path.join(dir, "postgres"),
  database: "xiezuo",
  fast: true,
  port: 5432,
  network: { address, clientSubnet: requireEnv("DB_HOST_CLIENTS") },
});
const meili = await startEmbeddedMeilisearch({
  dir: path.join(dir, "meilisearch"),
  masterKey: requireEnv("MEILI_MASTER_KEY"),
  port: 7700,
  host: address,
});

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  Promise.allSettled([meili.stop(), pg.stop()]).then(() => process.exit(0));
});

const databaseUrl = new URL(pg.url);
databaseUrl.hostname = address;
process.stdout.write(`${JSON.stringify({ databaseUrl: databaseUrl.toString(), meiliUrl: meili.url })}\n`);
