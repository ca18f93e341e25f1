import { describe, expect, it } from "vitest";
import { drawBadgeQr } from "../badges/index.ts";
import { decodeBadgeFrame, fitFrame } from "./qr-frame.ts";

const TOKEN = "AQx9Lk2mZ0pQrStUvWxYz-_0123456789abcdefghijk"; // 44 base64url characters

/** Paints an SVG path of "M x y h n v1 h-n z" runs into RGBA pixels, as a camera would see the print. */
function rasterise(drawing: { size: number; path: string }, scale: number): { pixels: Uint8ClampedArray; width: number } {
  const width = drawing.size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const match of drawing.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < run * scale; dx++) {
        const offset = ((y * scale + dy) * width + x * scale + dx) * 4;
        pixels[offset] = 0;
        pixels[offset + 1] = 0;
        pixels[offset + 2] = 0;
      }
    }
  }
  return { pixels, width };
}

describe("reading a badge from a camera frame", () => {
  it("draws a code that a camera frame decodes back to the same token", () => {
    const drawing = drawBadgeQr(TOKEN);
    const { pixels, width } = rasterise(drawing, 6);
    expect(decodeBadgeFrame(pixels, width, width)).toBe(TOKEN);
  });

  it("finds nothing in a blank frame", () => {
    const blank = new Uint8ClampedArray(200 * 200 * 4).fill(255);
    expect(decodeBadgeFrame(blank, 200, 200)).toBeNull();
  });

  it("ignores codes that are not badges", () => {
    const drawing = drawBadgeQr("https://example.com/not-a-badge");
    const { pixels, width } = rasterise(drawing, 6);
    expect(decodeBadgeFrame(pixels, width, width)).toBeNull();
  });
});

describe("fitFrame", () => {
  it("scales a large camera picture down, keeping its shape", () => {
    expect(fitFrame(1920, 1080)).toEqual({ width: 640, height: 360 });
    expect(fitFrame(480, 640)).toEqual({ width: 480, height: 640 });
    expect(fitFrame(0, 0)).toEqual({ width: 0, height: 0 });
  });
});
