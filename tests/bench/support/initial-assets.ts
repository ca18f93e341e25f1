// What the built index.html makes every visitor download before any route code runs:
// the scripts, module preloads and styles it names, raw and as the precompressed copies.
import fs from "node:fs";
import path from "node:path";

export interface InitialAssets {
  files: string[];
  raw: number;
  brotli: number | null;
  gzip: number | null;
}

export function measureInitialAssets(distDir: string): InitialAssets {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : null);
  let raw = 0;
  let brotli: number | null = 0;
  let gzip: number | null = 0;
  for (const file of files) {
    const full = path.join(distDir, file);
    raw += fs.statSync(full).size;
    const br = sizeOf(`${full}.br`);
    const gz = sizeOf(`${full}.gz`);
    brotli = brotli === null || br === null ? null : brotli + br;
    gzip = gzip === null || gz === null ? null : gzip + gz;
  }
  return { files, raw, brotli, gzip };
}
