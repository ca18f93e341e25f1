// An API server in a child process of its own (node --import tsx, one PID: kill -9 kills
// the server itself, not a wrapper), on a fixed loopback port so a restart comes back
// where its clients expect it.
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../../apps/api/src/env.ts";
import { spawnOnHost, type TestHost } from "./test-hosts.ts";

export const LIVE_API_PROCESS = path.join(PROJECT_ROOT, "tests/support/live-api-process.ts");
/** The production entry point, as `node apps/api/src/main.ts` runs it (relay, search sync, sockets). */
export const MAIN = path.join(PROJECT_ROOT, "apps/api/src/main.ts");

export interface ApiProcess {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Output so far (stdout and stderr), for a failure message. */
  output(): string;
  /** True while the process has not exited. */
  alive(): boolean;
  kill(signal: NodeJS.Signals): Promise<void>;
}

async function waitUntilHealthy(url: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`API process exited (${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`API process on ${url} not healthy within ${deadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startApiProcess(input: {
  script: string;
  port: number;
  env: Record<string, string>;
  deadlineMs?: number;
  /** Run on this host (a network namespace of the multi-host test), listening on its address; loopback otherwise. */
  host?: TestHost;
}): Promise<ApiProcess> {
  const address = input.host?.address ?? "127.0.0.1";
  const env = { ...process.env, ...input.env, PORT: String(input.port), HOST: address, TMPDIR: path.join(PROJECT_ROOT, ".tmp") };
  const child = input.host
    ? spawnOnHost(input.host, process.execPath, ["--import", "tsx", input.script], { cwd: PROJECT_ROOT, env })
    : fork(input.script, [], { cwd: PROJECT_ROOT, execArgv: ["--import", "tsx"], env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  const url = `http://${address}:${input.port}`;
  try {
    await waitUntilHealthy(url, child, input.deadlineMs ?? 60_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    url,
    port: input.port,
    child,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      await exited;
    },
  };
}
