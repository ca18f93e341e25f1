import { defineConfig } from "vitest/config";

const ignore = ["**/node_modules/**", "**/dist/**", ".tmp/**", ".data/**"];

export default defineConfig({
  test: {
    // Two cores: two files at a time keeps PostgreSQL and Chromium from starving each other.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: [...ignore, "**/*.int.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["apps/api/src/**/*.int.test.ts", "prisma/**/*.int.test.ts", "tests/**/*.int.test.ts", "tests/**/*.journey.test.ts"],
          exclude: ignore,
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
