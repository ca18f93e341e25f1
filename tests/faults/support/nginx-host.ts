// nginx as the load balancer host of the multi-host test: a main configuration of the test's
// own (paths in a temp folder, an access log naming each request's upstream and probe tag)
// that includes deploy/nginx/xiezuo.conf, the file the compose deployment uses.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../apps/api/src/env.ts";
import { ensureNginx } from "./ensure-debian-package.ts";
import { spawnOnHost, type TestHost } from "./test-hosts.ts";

export const SITE_CONFIG = path.join(PROJECT_ROOT, "deploy/nginx/xiezuo.conf");
/** The request header a test client sends to find its requests in the access log. */
export const PROBE_HEADER = "X-Xiezuo-Probe";

export interface AccessLogLine {
  probe: string;
  /** Every upstream tried, in order ("a:3000, b:3000" when the first failed). */
  upstreams: string[];
  status: number;
  uri: string;
}

export interface NginxHost {
  readonly url: string;
  accessLog(): AccessLogLine[];
  output(): string;
  stop(): Promise<void>;
}

function mainConfig(prefix: string): string {
  const temp = (name: string) => path.join(prefix, name);
  return `worker_processes 1;
user root;
daemon off;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 2048; }
http {
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  include ${SITE_CONFIG};
  log_format probe '$http_x_xiezuo_probe|$upstream_addr|$status|$uri';
  access_log ${temp("access.log")} probe;
}
`;
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output()}`);
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
    if (res?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`nginx on ${url} did not pass a health check within 20 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startNginxHost(host: TestHost, prefix: string): Promise<NginxHost> {
  const nginx = ensureNginx();
  fs.mkdirSync(prefix, { recursive: true });
  const config = path.join(prefix, "nginx.conf");
  fs.writeFileSync(config, mainConfig(prefix));
  const child = spawnOnHost(host, nginx, ["-p", prefix, "-e", path.join(prefix, "error.log"), "-c", config]);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://${host.address}`;
  const errors = () =>
    `${output}${fs.existsSync(path.join(prefix, "error.log")) ? fs.readFileSync(path.join(prefix, "error.log"), "utf8") : ""}`;
  await waitUntilServing(url, child, errors);
  return {
    url,
    output: errors,
    accessLog: () =>
      fs
        .readFileSync(path.join(prefix, "access.log"), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [probe = "", upstreams = "", status = "0", uri = ""] = line.split("|");
          return { probe, upstreams: upstreams.split(", ").filter((u) => u && u !== "-"), status: Number(status), uri };
        }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
