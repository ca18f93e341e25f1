// Starts tests/faults/support/db-host.ts on its host (a network namespace) and waits for the
// line that says where PostgreSQL and Meilisearch listen.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../apps/api/src/env.ts";
import { HOSTS_SUBNET, spawnOnHost, type TestHost } from "./test-hosts.ts";

export interface DatabaseHost {
  child: ChildProcess;
  databaseUrl: string;
  meiliUrl: string;
}

export function startDatabaseHost(host: TestHost, options: { dir: string; meiliKey: string }): Promise<DatabaseHost> {
  fs.mkdirSync(options.dir, { recursive: true });
  fs.chmodSync(options.dir, 0o755);
  const child = spawnOnHost(host, process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "tests/faults/support/db-host.ts")], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DB_HOST_DIR: options.dir,
      DB_HOST_ADDRESS: host.address,
      DB_HOST_CLIENTS: HOSTS_SUBNET,
      MEILI_MASTER_KEY: options.meiliKey,
    },
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`the database host did not start within 90 s:\n${output}`));
    }, 90_000);
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const line = output.split("\n").find((l) => l.startsWith("{"));
      if (!line) return;
      clearTimeout(timer);
      const { databaseUrl, meiliUrl } = JSON.parse(line) as { databaseUrl: string; meiliUrl: string };
      resolve({ child, databaseUrl, meiliUrl });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the database host exited (${code}):\n${output}`));
    });
  });
}
