import fs from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import { preloadLinkFor } from "./page-preloads.ts";
import { servePrecompressed } from "./precompressed-assets.ts";

/** Vite puts a content hash in every name under assets/: a new build means new URLs. */
const HASHED_ASSETS = { immutable: true, maxAge: "1y" };

/**
 * Serves the built web app with an index.html fallback for client-side routes. Hashed
 * assets go out as the build's brotli or gzip copy when the browser takes it, cached for a
 * year; index.html is revalidated on every visit, so a new build is picked up at once.
 */
export function serveWebApp(distDir: string): Router | null {
  const indexHtml = path.join(distDir, "index.html");
  if (!fs.existsSync(indexHtml)) return null;
  const router = express.Router();
  const assetsDir = path.join(distDir, "assets");
  router.use(
    "/assets",
    servePrecompressed(assetsDir, HASHED_ASSETS),
    express.static(assetsDir, HASHED_ASSETS),
    // A chunk of an older build (a tab open across a deployment): a plain 404, never index.html.
    (_req, res) => {
      res.status(404).type("text/plain").send("Not Found");
    },
  );
  router.use(
    express.static(distDir, {
      index: false,
      maxAge: "1h",
      setHeaders: (res, file) => {
        if (file.endsWith(".html")) res.setHeader("Cache-Control", "no-cache");
      },
    }),
  );
  router.get(/^(?!\/api\/|\/socket\.io\/).*/, (req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    const preload = preloadLinkFor(req.originalUrl);
    if (preload) res.setHeader("Link", preload);
    // Relative to the root: the dist folder may sit under a dot folder (.tmp), which send refuses in absolute paths.
    res.sendFile("index.html", { root: distDir });
  });
  return router;
}
