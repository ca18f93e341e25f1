import type { RequestHandler } from "express";
import type { Logger } from "../lib/logger.ts";

/** One line per request with the route pattern (never the raw URL, which could carry data). */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const isApi = req.baseUrl.startsWith("/api");
      const route = !isApi ? "(web app)" : req.route?.path ? `${req.baseUrl}${req.route.path}` : "(unmatched)";
      logger.info(
        {
          requestId: req.requestId,
          method: req.method,
          route,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          userId: req.auth?.user.id,
        },
        "request",
      );
    });
    next();
  };
}
