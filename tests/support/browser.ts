// Debian's Chromium driven by playwright-core (never a downloaded browser).
import fs from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** The Chromium to use; a missing browser fails the journey with a clear message, never a skip. */
export function chromiumPath(): string {
  const found = process.env.XIEZUO_CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(found)) {
    throw new Error(
      `Chromium is not installed at ${found}: run the journeys through \`npm test\` (installs it as root) or \`apt-get install chromium fonts-wqy-microhei\``,
    );
  }
  return found;
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
