// A Vite build plugin: writes a brotli (`.br`) and a gzip (`.gz`) copy next to every text
// asset under assets/ once the bundle is on disk. The API's static handler sends the copy a
// browser accepts (apps/api/src/http/precompressed-assets.ts), so phones on a slow network
// download a fraction of the bytes and the server spends no CPU compressing per request.
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text formats that shrink; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
/** Smaller files fit in one packet either way. */
const MIN_BYTES = 1024;

async function writeCompressedCopies(file: string): Promise<void> {
  const raw = await fs.readFile(file);
  if (raw.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy that saves nothing is not worth a second code path.
  await Promise.all([
    br.length < raw.length ? fs.writeFile(`${file}.br`, br) : null,
    gz.length < raw.length ? fs.writeFile(`${file}.gz`, gz) : null,
  ]);
}

export function precompressAssets(): Plugin {
  let outDir = "dist";
  return {
    name: "xiezuo:precompress-assets",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => name.startsWith("assets/") && COMPRESSIBLE.test(name));
      await Promise.all(files.map((name) => writeCompressedCopies(path.join(outDir, name))));
    },
  };
}
