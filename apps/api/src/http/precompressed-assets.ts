// Serves the brotli or gzip copy the web build wrote next to an asset (`x.js.br`, `x.js.gz`)
// when the request accepts it, with the asset's own Content-Type; otherwise hands over to
// express.static, which sends the file as it is. No compression work per request.
import fs from "node:fs";
import path from "node:path";
import type { RequestHandler } from "express";
import { acceptedEncodings, ENCODING_SUFFIX, type StoredEncoding } from "./accept-encoding.ts";

export interface CacheOptions {
  maxAge: string;
  immutable: boolean;
}

async function findStoredCopy(root: string, relative: string, encodings: readonly StoredEncoding[]) {
  for (const encoding of encodings) {
    const copy = `${relative}${ENCODING_SUFFIX[encoding]}`;
    const stat = await fs.promises.stat(path.join(root, copy)).catch(() => null);
    if (stat?.isFile()) return { encoding, copy };
  }
  return null;
}

export function servePrecompressed(dir: string, cache: CacheOptions): RequestHandler {
  const root = path.resolve(dir);
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    // The same URL answers differently by Accept-Encoding: caches in between must know.
    res.vary("Accept-Encoding");
    const encodings = acceptedEncodings(req.headers["accept-encoding"]);
    if (encodings.length === 0) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(root, relative);
    if (relative.includes("\0") || !file.startsWith(`${root}${path.sep}`)) return next();
    findStoredCopy(root, relative, encodings).then((found) => {
      if (!found) return next();
      res.setHeader("Content-Encoding", found.encoding);
      res.type(path.extname(file));
      res.sendFile(found.copy, { ...cache, root }, (error) => {
        if (error && !res.headersSent) next(error);
      });
    }, next);
  };
}
