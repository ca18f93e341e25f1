// `pnpm test:faults`: scripted faults, each bounded in time — kill -9 of an API process during
// a check-in burst, Meilisearch stopped while positions change (the integration test of that,
// reused as is), PostgreSQL restarted under a running API, and one of two API hosts lost
// behind nginx (network namespaces as root: multi-host.fault.test.ts builds its own hosts).
// Same global setup as the integration tests: one embedded PostgreSQL and Meilisearch.
import { defineConfig } from "vitest/config";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";

export default defineConfig({
  test: {
    root: PROJECT_ROOT,
    name: "faults",
    include: ["tests/faults/**/*.fault.test.ts", "apps/api/src/modules/positions/search-outage.int.test.ts"],
    exclude: ["**/node_modules/**", ".tmp/**", ".data/**"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
