// What every response passes through, API and web app alike: a request id, the request log,
// security headers and compression. app.ts mounts it first.
import type express from "express";
import helmet from "helmet";
import type { Logger } from "../lib/logger.ts";
import { compressResponses } from "./compress-responses.ts";
import { requestId } from "./request-id.ts";
import { requestLog } from "./request-log.ts";

export function useCommonMiddleware(app: express.Express, options: { logger: Logger; trustProxy: number }): void {
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  app.set("query parser", "simple");
  app.use(requestId);
  app.use(requestLog(options.logger));
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { "script-src": ["'self'"], "connect-src": ["'self'"], "upgrade-insecure-requests": null } },
      // HSTS only behind a TLS-terminating proxy (TRUST_PROXY).
      strictTransportSecurity: options.trustProxy > 0,
    }),
  );
  // API JSON and the HTML fallback; the web build's assets come precompressed (http/static-web.ts).
  app.use(compressResponses());
}
