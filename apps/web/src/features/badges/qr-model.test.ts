import { describe, expect, it } from "vitest";
import { drawBadgeQr, QUIET_ZONE, readBadgeToken } from "./qr-model.ts";

const TOKEN = "AQx9Lk2mZ0pQrStUvWxYz-_0123456789abcdefghijk"; // 44 base64url characters

describe("badge QR", () => {
  it("keeps a white border of four modules", () => {
    const drawing = drawBadgeQr(TOKEN);
    const xs = [...drawing.path.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs)).toBe(QUIET_ZONE);
    expect(drawing.size).toBeGreaterThan(21 + 2 * QUIET_ZONE - 1);
  });
});

describe("readBadgeToken", () => {
  it("accepts a token with the whitespace a handheld scanner adds", () => {
    expect(readBadgeToken(` ${TOKEN}\r\n`)).toBe(TOKEN);
  });

  it("refuses anything else, such as an ID number", () => {
    expect(readBadgeToken("433126199001011234")).toBeNull();
    expect(readBadgeToken(`${TOKEN}x`)).toBeNull();
    expect(readBadgeToken("")).toBeNull();
  });
});
