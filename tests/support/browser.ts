// Debian's Chromium driven by playwright-core (never a downloaded browser).
import fs from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** The Chromium to use, or "" when the test runner could not install one. */
export function chromiumPath(): string {
  const fromRunner = process.env.XIEZUO_CHROMIUM;
  if (fromRunner !== undefined) return fromRunner;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "";
}

/** `extraArgs`, e.g. a fake camera: --use-fake-device-for-media-stream --use-file-for-fake-video-capture=… */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-dev-shm-usage",
      "--disable-component-update",
      ...extraArgs,
    ],
  });
}
