import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const shots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

it("screens", async () => {
  for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]] as const) {
    const page = await (await browser.newContext({ viewport, locale: "zh-CN" })).newPage();
    await page.goto(`${demo.baseUrl}/desk`);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/desk$/);
    await expect.poll(() => page.getByRole("link", { name: "进入签到台" }).count(), { timeout: 10000 }).toBe(1);
    await page.screenshot({ path: path.join(shots, `tmp-picker-${name}.png`), fullPage: true });
    await page.goto(`${demo.baseUrl}/fairs/${demo.guzhangFairId}/live`);
    await expect.poll(() => page.getByTestId("live-checkIns").count(), { timeout: 10000 }).toBe(1);
    await page.screenshot({ path: path.join(shots, `tmp-guzhang-live-${name}.png`), fullPage: true });
    await page.goto(`${demo.baseUrl}/fairs/${demo.guzhangFairId}/desk`);
    await expect.poll(() => page.getByText("不能签到").count(), { timeout: 10000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, `tmp-closed-desk-${name}.png`), fullPage: true });
    await page.goto(`${demo.baseUrl}/seekers`);
    await expect.poll(() => page.getByRole("checkbox").count(), { timeout: 10000 }).toBeGreaterThan(3);
    await page.getByRole("checkbox").nth(0).check();
    await page.getByRole("checkbox").nth(1).check();
    await page.screenshot({ path: path.join(shots, `tmp-seekers-${name}.png`), fullPage: true });
    await page.goto(`${demo.baseUrl}/households`);
    await expect.poll(() => page.getByRole("table").count(), { timeout: 10000 }).toBe(1);
    await page.screenshot({ path: path.join(shots, `tmp-households-${name}.png`), fullPage: false });
  }
});
