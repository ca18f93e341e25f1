import fs from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

/** Serves the built web app with an index.html fallback for client-side routes. */
export function serveWebApp(distDir: string): Router | null {
  const indexHtml = path.join(distDir, "index.html");
  if (!fs.existsSync(indexHtml)) return null;
  const router = express.Router();
  router.use("/assets", express.static(path.join(distDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get(/^(?!\/api\/|\/socket\.io\/).*/, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml);
  });
  return router;
}
