import crypto from "node:crypto";
import type { RequestHandler } from "express";

const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a caller's (load balancer's) request id when it looks sane, otherwise makes one. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get("x-request-id");
  req.requestId = incoming && ACCEPTABLE.test(incoming) ? incoming : crypto.randomUUID();
  res.setHeader("x-request-id", req.requestId);
  next();
};
