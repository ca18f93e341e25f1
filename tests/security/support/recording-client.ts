// A supertest client that keeps every exchange: the URL asked for, and the status, headers
// and body that came back, so a scan can look at all of them afterwards.
import request, { type Response } from "supertest";
import type { App } from "supertest/types.js";
import { responseText } from "./answer-checks.ts";
import { readZipText } from "./zip-text.ts";

export interface Exchange {
  method: string;
  url: string;
  status: number;
  headers: Record<string, unknown>;
  body: string;
  /** The one response allowed to carry raw numbers (ADMIN unmask, audited); its body is not scanned. */
  exempt: boolean;
}

export interface CallOptions {
  cookie?: string;
  body?: unknown;
  query?: Record<string, string>;
  exemptBody?: boolean;
  /** Read the body as bytes (XLSX downloads); the scan sees the text of the unzipped parts. */
  binary?: boolean;
}

/** A superagent parser: the raw bytes of the (node stream) response. */
function collectBytes(res: unknown, done: (error: Error | null, body: unknown) => void) {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  stream.on("end", () => done(null, Buffer.concat(chunks)));
}

export function createRecordingClient(app: App) {
  const exchanges: Exchange[] = [];
  async function call(method: "get" | "post" | "patch" | "put" | "delete", path: string, options: CallOptions = {}): Promise<Response> {
    const qs = options.query ? `?${new URLSearchParams(options.query).toString()}` : "";
    const url = `${path}${qs}`;
    let req = request(app)[method](url);
    if (options.cookie) req = req.set("Cookie", options.cookie);
    if (options.binary) req = req.buffer(true).parse(collectBytes);
    const res = options.body === undefined ? await req : await req.send(options.body as object);
    const body = options.binary && Buffer.isBuffer(res.body) ? readZipText(res.body) : responseText(res);
    exchanges.push({ method, url, status: res.status, headers: res.headers, body, exempt: options.exemptBody === true });
    return res;
  }
  return { call, exchanges };
}

export type RecordingClient = ReturnType<typeof createRecordingClient>;
