// Starts one throwaway PostgreSQL cluster and one Meilisearch for the whole run, on
// free ports in temporary folders, and migrates a template database that each test
// file clones (CREATE DATABASE … TEMPLATE) so files never share rows.
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { startEmbeddedMeilisearch } from "../../apps/api/src/infra/embedded-meilisearch.ts";
import { startEmbeddedPostgres } from "../../apps/api/src/infra/embedded-postgres.ts";
import { migrateDeploy } from "../../apps/api/src/runtime/migrate.ts";
import "../../apps/api/src/testing/provided-context.ts";

export const TEMPLATE_DB = "xiezuo_template";

export default async function setup(project: TestProject) {
  const base = path.join(PROJECT_ROOT, ".tmp");
  fs.mkdirSync(base, { recursive: true });
  const dir = fs.mkdtempSync(path.join(base, "test-services-"));
  // PostgreSQL runs as the postgres user when we are root: it must reach its folder.
  fs.chmodSync(dir, 0o755);

  const pg = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), database: TEMPLATE_DB, fast: true });
  await migrateDeploy(pg.url);
  const meili = await startEmbeddedMeilisearch({ dir: path.join(dir, "meilisearch"), masterKey: "test-master-key-0123456789" });

  project.provide("templateDatabaseUrl", pg.url);
  project.provide("meiliUrl", meili.url);
  project.provide("meiliKey", meili.masterKey);

  return async () => {
    await meili.stop();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
