// A fake camera for Chromium: a Y4M video (raw YUV 4:2:0) showing one badge QR code, for
// --use-file-for-fake-video-capture. The QR is drawn by the web app's own badge renderer.
import fs from "node:fs";
import { drawBadgeQr } from "../../apps/web/src/features/badges/qr-model.ts";

const WIDTH = 640;
const HEIGHT = 480;

/** Writes a one-frame Y4M file (Chromium loops it) with the token's QR code in the middle. */
export function writeQrVideo(file: string, token: string): void {
  const drawing = drawBadgeQr(token);
  const scale = Math.floor((HEIGHT - 40) / drawing.size);
  const side = drawing.size * scale;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);
  // Luma: light grey background (a sheet of paper under hall lights), black modules.
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = top; y < top + side; y++) luma.fill(255, y * WIDTH + left, y * WIDTH + left + side);
  for (const match of drawing.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, row, run] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let dy = 0; dy < scale; dy++) {
      const start = (top + row * scale + dy) * WIDTH + left + x * scale;
      luma.fill(16, start, start + run * scale);
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, Buffer.from("FRAME\n"), luma, chroma, chroma]));
}
