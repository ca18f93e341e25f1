// Journey: the labour-bureau officer signs in and sees the Guzhang fair's figures,
// computed from the recorded rows of the demo.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");

describe("journey: admin sees the Guzhang fair", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("signs in as admin and reads the fair's figures", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    await page.goto(`${demo.baseUrl}/fairs/${demo.guzhangFairId}`);
    // Not signed in: the app sends us to the sign-in page first.
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();

    await page.waitForURL(new RegExp(`/fairs/${demo.guzhangFairId}`));
    await expect.poll(() => page.getByTestId("stat-employers").textContent()).toBe("35");
    expect(await page.getByTestId("stat-openings").textContent()).toBe("6,345");
    expect(await page.getByTestId("stat-intents").textContent()).toBe("290");
    expect(await page.getByTestId("stat-seekersWithIntent").textContent()).toBe("290");
    const checkIns = Number((await page.getByTestId("stat-checkIns").textContent())?.replace(/,/g, ""));
    expect(checkIns).toBeGreaterThan(900);
    await expect.poll(() => page.getByText("建档立卡户").first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, "guzhang-fair-phone.png"), fullPage: true });

    // Back to the list through the page's own link; the Guzhang fair is listed there.
    await page.locator("main a", { hasText: "返回招聘会列表" }).click();
    await page.waitForURL(/\/fairs$/);
    const card = page.getByRole("link", { name: /古丈专场招聘会/ });
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, "fair-list-phone.png"), fullPage: true });
    await page.close();
  });
});
