// The deployment on paper, checked where this machine can (it has no Docker engine): the
// compose file names the services the README's sizing is about, gives the API an environment
// the API itself accepts, points it at the compose services, and mounts the very nginx file
// the multi-host fault test runs behind (tests/faults/multi-host.fault.test.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT, readEnv } from "../../apps/api/src/env.ts";
import { SITE_CONFIG } from "../faults/support/nginx-host.ts";

const DEPLOY = path.join(PROJECT_ROOT, "deploy");

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  deploy?: { replicas?: string | number };
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
}

const compose = parse(fs.readFileSync(path.join(DEPLOY, "compose.yaml"), "utf8")) as { services: Record<string, ComposeService> };

/** Compose's ${NAME}, ${NAME:-default} and ${NAME:?message}, with these values for what must be set. */
function interpolate(value: string, variables: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (name in variables) return variables[name]!;
    if (kind === "-") return rest ?? "";
    throw new Error(`compose.yaml needs ${name}: ${rest}`);
  });
}

describe("deploy/compose.yaml", () => {
  it("runs PostgreSQL, Meilisearch, N API replicas and nginx", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["api", "meilisearch", "nginx", "postgres"]);
    expect(Number(interpolate(String(compose.services.api!.deploy?.replicas), {}))).toBeGreaterThanOrEqual(2);
    const build = compose.services.api!.build!;
    const dockerfile = path.resolve(DEPLOY, build.context, build.dockerfile);
    expect(fs.readFileSync(dockerfile, "utf8")).toContain("apps/api/src/main.ts");
    expect(fs.existsSync(path.join(PROJECT_ROOT, "apps/api/src/main.ts"))).toBe(true);
  });

  it("gives the API an environment it accepts, pointing at the compose services", () => {
    const secrets = {
      POSTGRES_PASSWORD: "pw",
      MEILI_MASTER_KEY: "m".repeat(24),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    };
    const environment = Object.fromEntries(
      Object.entries(compose.services.api!.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), secrets)]),
    );
    const env = readEnv(environment);
    expect(new URL(env.DATABASE_URL!).hostname).toBe("postgres");
    expect(new URL(env.MEILI_URL!).hostname).toBe("meilisearch");
    expect(env.HOST).toBe("0.0.0.0");
    expect(env.TRUST_PROXY).toBe(1);
    expect(env.DATA_ENCRYPTION_KEY).toBe(secrets.DATA_ENCRYPTION_KEY);
    // nginx sends requests to the replicas' port.
    expect(fs.readFileSync(SITE_CONFIG, "utf8")).toMatch(new RegExp(`server api:${env.PORT}\\b`));
  });

  it("refuses to start without its secrets", () => {
    const environment = compose.services.api!.environment ?? {};
    expect(() => interpolate(String(environment.DATA_ENCRYPTION_KEY), {})).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it("mounts the nginx file the multi-host fault test runs behind", () => {
    const mount = compose.services.nginx!.volumes!.map((v) => v.split(":")).find(([, target]) => target!.startsWith("/etc/nginx/conf.d/"));
    expect(mount).toBeDefined();
    expect(path.resolve(DEPLOY, mount![0]!)).toBe(SITE_CONFIG);
  });
});
