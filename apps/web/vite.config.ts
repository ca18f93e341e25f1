import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompressAssets } from "./build-plugins/precompress.ts";

const API_ORIGIN = "http://127.0.0.1:3000";

// The browser only ever talks to its own origin; in development Vite forwards
// API and live traffic so the HttpOnly session cookie stays same-origin.
const proxy = {
  "/api": { target: API_ORIGIN },
  "/socket.io": { target: API_ORIGIN, ws: true },
};

export default defineConfig({
  // Brotli and gzip copies of the assets, served by the API (see build-plugins/precompress.ts).
  plugins: [react(), precompressAssets()],
  build: { outDir: "dist" },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
