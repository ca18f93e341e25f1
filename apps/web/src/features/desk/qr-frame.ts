import jsQR from "jsqr";
import { readBadgeToken } from "../badges/index.ts";

/**
 * The badge token in one camera frame (RGBA pixels), or null. Badges are printed dark on
 * light, so inverted codes are not tried: that halves the work per frame on a phone.
 */
export function decodeBadgeFrame(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  const code = jsQR(pixels, width, height, { inversionAttempts: "dontInvert" });
  return code ? readBadgeToken(code.data) : null;
}

/** Frame size to decode: the camera's picture scaled down so its longer side is at most `max`. */
export function fitFrame(videoWidth: number, videoHeight: number, max = 640): { width: number; height: number } {
  const longest = Math.max(videoWidth, videoHeight);
  if (longest <= max || longest === 0) return { width: videoWidth, height: videoHeight };
  const scale = max / longest;
  return { width: Math.round(videoWidth * scale), height: Math.round(videoHeight * scale) };
}
