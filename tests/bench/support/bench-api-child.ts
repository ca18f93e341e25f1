// Starts tests/bench/support/bench-api-process.ts (one API as production runs it, with the
// bench's baselines mounted beside it) in a child process; `ready` says its port.
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../../apps/api/src/env.ts";

const API_PROCESS = path.join(PROJECT_ROOT, "tests/bench/support/bench-api-process.ts");

export function startBenchApi(env: Record<string, string>): { child: ChildProcess; ready: Promise<{ port: number }> } {
  const child = fork(API_PROCESS, [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const ready = new Promise<{ port: number }>((resolve, reject) => {
    child.on("message", (m: { ready?: boolean; port?: number }) => m.ready && resolve({ port: m.port! }));
    child.once("exit", (code) => reject(new Error(`API process exited with ${code}`)));
  });
  return { child, ready };
}
