// What the desk benchmarks (`pnpm bench checkin`, `pnpm bench boarding`) share: child
// processes that say when they are ready, plain keep-alive HTTP requests, signing desks in,
// and the burst itself (every desk a sequential loop, all desks at once).
import { type ChildProcess, fork } from "node:child_process";
import http from "node:http";
import path from "node:path";

const benchDir = path.dirname(import.meta.dirname);

/** The API process of the desk benchmarks (with the bare baselines when asked by env). */
export const BENCH_API_PROCESS = path.join(benchDir, "support/bench-api-process.ts");

export const now = () => performance.timeOrigin + performance.now();

/** Forks a script of tests/bench (or an absolute path) under tsx; `ready` is its {ready:true,…} message. */
export function startChild(script: string, env: Record<string, string>): { child: ChildProcess; ready: Promise<Record<string, number>> } {
  const child = fork(path.resolve(benchDir, script), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const ready = new Promise<Record<string, number>>((resolve, reject) => {
    child.on("message", (m: { ready?: boolean }) => m.ready && resolve(m as Record<string, number>));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, ready };
}

export function request<T>(agent: http.Agent, port: number, method: string, url: string, cookie: string | null, body?: unknown) {
  return new Promise<{ status: number; body: T; setCookie?: string[] }>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        agent,
        host: "127.0.0.1",
        port,
        method,
        path: url,
        headers: { ...(cookie ? { Cookie: cookie } : {}), ...(payload ? { "Content-Type": "application/json" } : {}) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : null) as T, setCookie: res.headers["set-cookie"] }),
        );
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

export async function signInAll(port: number, usernames: string[], password: string): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const cookies = await Promise.all(
    usernames.map(async (username) => {
      const res = await request(agent, port, "POST", "/api/auth/login", null, { username, password });
      if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status}`);
      return res.setCookie!.find((c) => c.startsWith("xz_session="))!.split(";")[0]!;
    }),
  );
  agent.destroy();
  return cookies;
}

/** Every desk sends its requests one after another; all `desks` at once. Returns wall seconds. */
export async function burst(desks: number, perDesk: (desk: number, agent: http.Agent) => Promise<void>): Promise<number> {
  const agents = Array.from({ length: desks }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const started = performance.now();
  await Promise.all(agents.map((agent, desk) => perDesk(desk, agent)));
  const seconds = (performance.now() - started) / 1000;
  for (const a of agents) a.destroy();
  return seconds;
}

/** Asks the children to stop, then kills what is left. */
export async function stopChildren(children: ChildProcess[]): Promise<void> {
  for (const child of children) child.connected ? child.send({ stop: true }) : child.kill();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
