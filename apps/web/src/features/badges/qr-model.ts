import { BadgeTokenSchema } from "@xiezuo/contracts";
import { create } from "qrcode";

/** Modules of white border around the code, as the QR standard asks for. */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included (the SVG viewBox). */
  size: number;
  /** One SVG path of unit squares for the dark modules. */
  path: string;
}

/**
 * The QR code of a badge token, as an SVG path: drawn by React (no innerHTML, no data
 * URL) and sharp at any print size. The code holds the opaque token and nothing else.
 * Level M keeps it readable through a crease or a smudge.
 */
export function drawBadgeQr(token: string): QrDrawing {
  const { modules } = create(token, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per horizontal run of dark modules keeps the path short.
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      const run = col - start;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return { size: modules.size + QUIET_ZONE * 2, path: parts.join("") };
}

/**
 * The badge token in what a camera or a handheld scanner read, or null. Scanners may add
 * spaces or a line break; anything else (a URL, a phone number) is not a badge.
 */
export function readBadgeToken(text: string): string | null {
  const candidate = text.trim();
  return BadgeTokenSchema.safeParse(candidate).success ? candidate : null;
}
