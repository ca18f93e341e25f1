// Compresses what the server builds per request (API JSON, the index.html fallback, files
// outside assets/) with brotli or gzip, as the client accepts. Hashed assets already carry
// their build-time copy (Content-Encoding set, so the middleware leaves them alone), and the
// live channel never passes through here: Socket.IO answers on the HTTP server before Express.
import compression from "compression";
import type { Request, RequestHandler, Response } from "express";

/** Below this a response fits one packet anyway; compressing it costs CPU and saves nothing. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Streams that must reach the client as they are written, never held in a compressor's buffer. */
const STREAMING_TYPES = ["text/event-stream"];

export function shouldCompress(req: Request, res: Response): boolean {
  const type = String(res.getHeader("Content-Type") ?? "").toLowerCase();
  if (STREAMING_TYPES.some((streaming) => type.startsWith(streaming))) return false;
  // The default filter compresses only types known to shrink: JSON, text, CSV, SVG — not
  // xlsx, zip or images, which are compressed already.
  return compression.filter(req, res);
}

export function compressResponses(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD_BYTES, filter: shouldCompress });
}
