import { describe, expect, it } from "vitest";
import { acceptedEncodings } from "./accept-encoding.ts";

describe("acceptedEncodings", () => {
  it("prefers brotli when the client takes both, whatever the order it names them in", () => {
    expect(acceptedEncodings("gzip, deflate, br, zstd")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("br, gzip")).toEqual(["br", "gzip"]);
  });

  it("follows the client's weights", () => {
    expect(acceptedEncodings("br;q=0.5, gzip;q=0.9")).toEqual(["gzip", "br"]);
    expect(acceptedEncodings("gzip, br;q=0")).toEqual(["gzip"]);
  });

  it("sends the file as it is without a header, or when only identity is wanted", () => {
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings("")).toEqual([]);
    expect(acceptedEncodings("identity")).toEqual([]);
    expect(acceptedEncodings("deflate")).toEqual([]);
  });

  it("reads * as any encoding not named", () => {
    expect(acceptedEncodings("*")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("*, br;q=0")).toEqual(["gzip"]);
  });

  it("ignores malformed weights rather than trusting them", () => {
    expect(acceptedEncodings("br;q=abc, gzip")).toEqual(["gzip"]);
    expect(acceptedEncodings(" GZIP ; Q=1 ")).toEqual(["gzip"]);
  });
});
