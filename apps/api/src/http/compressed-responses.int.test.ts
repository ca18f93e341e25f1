// What leaves the server compressed: the web build's hashed assets as their stored brotli or
// gzip copy (by Accept-Encoding, cached for a year), API JSON over the threshold through the
// compression middleware, and index.html never cached without revalidation.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { JOB_BOARD_FIRST_SEARCH } from "@xiezuo/contracts";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { COMPRESSION_THRESHOLD_BYTES } from "./compress-responses.ts";

const SCRIPT = "/assets/index-Ab12Cd34.js";
const IMMUTABLE = "public, max-age=31536000, immutable";
// Each copy says which file it is, so the decoded body proves which one was sent.
const padding = `/*${"x".repeat(2048)}*/`;
const RAW = `console.log("raw");${padding}`;
const FROM_BR = `console.log("br");${padding}`;
const FROM_GZ = `console.log("gz");${padding}`;

let t: TestApp;
let distDir: string;

beforeAll(async () => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), "web-dist-"));
  fs.mkdirSync(path.join(distDir, "assets"));
  fs.writeFileSync(path.join(distDir, "index.html"), `<!doctype html><script type="module" src="${SCRIPT}"></script>`);
  const script = path.join(distDir, SCRIPT);
  fs.writeFileSync(script, RAW);
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(FROM_BR));
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(FROM_GZ));
  t = await createTestApp({ webDistDir: distDir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(distDir, { recursive: true, force: true });
});

const varyList = (value: string | undefined) => (value ?? "").split(",").map((v) => v.trim().toLowerCase());

describe("hashed assets", () => {
  it("answers with the brotli copy when the browser accepts br", async () => {
    const res = await request(t.app).get(SCRIPT).set("Accept-Encoding", "gzip, deflate, br, zstd");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(varyList(res.headers.vary)).toContain("accept-encoding");
    expect(res.headers["cache-control"]).toBe(IMMUTABLE);
    expect(Number(res.headers["content-length"])).toBe(fs.statSync(path.join(distDir, `${SCRIPT}.br`)).size);
    expect(res.text).toBe(FROM_BR);
  });

  it("answers with the gzip copy when only gzip is accepted (or br is refused)", async () => {
    for (const accept of ["gzip", "br;q=0, gzip"]) {
      const res = await request(t.app).get(SCRIPT).set("Accept-Encoding", accept);
      expect(res.headers["content-encoding"]).toBe("gzip");
      expect(varyList(res.headers.vary)).toContain("accept-encoding");
      expect(res.headers["cache-control"]).toBe(IMMUTABLE);
      expect(res.text).toBe(FROM_GZ);
    }
  });

  it("sends the file as it is otherwise, still varying by Accept-Encoding", async () => {
    const res = await request(t.app).get(SCRIPT).set("Accept-Encoding", "identity");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(varyList(res.headers.vary)).toContain("accept-encoding");
    expect(res.headers["cache-control"]).toBe(IMMUTABLE);
    expect(res.text).toBe(RAW);
  });

  it("still answers 404 for a missing asset, and never walks out of the folder", async () => {
    expect((await request(t.app).get("/assets/missing-0000.js").set("Accept-Encoding", "br")).status).toBe(404);
    const outside = await request(t.app).get("/assets/..%2findex.html").set("Accept-Encoding", "br");
    expect(outside.headers["content-encoding"]).toBeUndefined();
    expect(outside.text).not.toContain("<script");
  });
});

describe("index.html", () => {
  it("is revalidated on every visit, and /jobs names its first search as a preload", async () => {
    const jobs = await request(t.app).get("/jobs");
    expect(jobs.headers["cache-control"]).toBe("no-cache");
    expect(jobs.headers["content-type"]).toMatch(/^text\/html/);
    expect(jobs.headers.link).toBe(`<${JOB_BOARD_FIRST_SEARCH}>; rel=preload; as=fetch; crossorigin`);
    // With filters the first search is another one; other pages have none to announce.
    expect((await request(t.app).get("/jobs?q=焊工")).headers.link).toBeUndefined();
    expect((await request(t.app).get("/me")).headers.link).toBeUndefined();
    expect((await request(t.app).get("/index.html")).headers["cache-control"]).toBe("no-cache");
  });
});

describe("API JSON", () => {
  it("is compressed over the threshold, as the client accepts", async () => {
    const identity = await request(t.app).get("/api/openapi.json").set("Accept-Encoding", "identity");
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(Buffer.byteLength(identity.text)).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);

    const br = await request(t.app).get("/api/openapi.json").set("Accept-Encoding", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(varyList(br.headers.vary)).toContain("accept-encoding");
    expect(br.body).toEqual(identity.body);

    const gzip = await request(t.app).get("/api/openapi.json").set("Accept-Encoding", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.body).toEqual(identity.body);
  });

  it("leaves a small answer as it is", async () => {
    const res = await request(t.app).get("/api/auth/me").set("Accept-Encoding", "gzip, deflate, br");
    expect(Buffer.byteLength(res.text)).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(res.headers["content-encoding"]).toBeUndefined();
  });
});
