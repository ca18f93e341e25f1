import http from "node:http";
import net from "node:net";
import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { XLSX_TYPE } from "../modules/reports/report-files.ts";
import { shouldCompress } from "./compress-responses.ts";

function answerOfType(type: string) {
  const req = new http.IncomingMessage(new net.Socket());
  const res = new http.ServerResponse(req);
  res.setHeader("Content-Type", type);
  // The filter reads only headers, which plain Node objects have.
  return shouldCompress(req as Request, res as unknown as Response);
}

describe("shouldCompress", () => {
  it("compresses JSON, CSV and HTML", () => {
    expect(answerOfType("application/json; charset=utf-8")).toBe(true);
    expect(answerOfType("text/csv; charset=utf-8")).toBe(true);
    expect(answerOfType("text/html; charset=utf-8")).toBe(true);
  });

  it("leaves files that are compressed already, and streams, as they are", () => {
    expect(answerOfType(XLSX_TYPE)).toBe(false);
    expect(answerOfType("application/zip")).toBe(false);
    expect(answerOfType("image/png")).toBe(false);
    expect(answerOfType("text/event-stream")).toBe(false);
  });
});
