// Prisma CLI configuration: migrations run through the WebAssembly schema engine
// with a driver adapter, so no native engine is ever downloaded.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigratePg } from "./prisma/migrate-adapter.ts";

process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:5432/xiezuo";
// Point the CLI at existing files so it never tries to fetch native engines.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/false";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

// The wasm engine arms 10 s / 60 s timers that would hold the CLI open after its work.
for (const name of ["setTimeout", "setInterval"] as const) {
  const original = globalThis[name] as (...a: unknown[]) => { unref?: () => void };
  (globalThis as Record<string, unknown>)[name] = (fn: unknown, ms?: number, ...rest: unknown[]) => {
    const timer = original(fn, ms, ...rest);
    if ((ms ?? 0) >= 5_000) timer.unref?.();
    return timer;
  };
}

const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new MigratePg(databaseUrl),
});
