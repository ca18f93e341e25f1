// Journey: Guzhang's bureau on a 375 px phone downloads the follow-up template (批量导入回访),
// fills it in and uploads it: the good row is recorded, the 示例 row and a bad row are listed
// with their row numbers and reasons.
import fs from "node:fs";
import path from "node:path";
import { toChinaDate } from "@xiezuo/contracts";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const WAIT = { timeout: 30_000 };

describe("journey: follow-up calls from a file", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemoServer({ skipSearchCatchUp: true });
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("downloads the template, uploads it filled in and reads what was recorded and what was not", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, locale: "zh-CN", acceptDownloads: true });
    await page.goto(`${demo.baseUrl}/placements`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill("guzhang");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/placements/);
    await expect.poll(() => page.getByRole("heading", { name: "批量导入回访" }).isVisible(), WAIT).toBe(true);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载模板（CSV）" }).click()]);
    expect(download.suggestedFilename()).toBe("就业回访导入模板.csv");
    const template = fs.readFileSync((await download.path()) as string, "utf8").replace(/^\uFEFF/, "");
    const [header, example] = template.split("\r\n");
    expect(header).toBe("就业记录编号,身份证号,回访日期,是否在岗,月工资");
    expect(example).toMatch(/^示例/);

    const { placements } = await (await page.request.get(`${demo.baseUrl}/api/placements?status=ACTIVE&limit=1`)).json();
    const today = toChinaDate(new Date());
    const filled = [header, example, `${placements[0].id},,${today},是,5200`, `,,${today},也许,`].join("\r\n");
    const file = path.join(PROJECT_ROOT, ".tmp", "uploads", `followups-${Date.now()}.csv`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${filled}\r\n`);

    await page.getByLabel("选择回访文件").setInputFiles(file);
    await page.getByRole("button", { name: "开始导入" }).click();
    await expect.poll(() => page.getByTestId("followups-import-recorded").textContent(), WAIT).toBe("1");
    expect(await page.getByTestId("followups-import-rejected").textContent()).toBe("2");
    const rows = page.getByTestId("followups-import-result").locator("tbody tr");
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator("th").textContent()).toBe("第 2 行");
    expect(await rows.nth(1).locator("th").textContent()).toBe("第 4 行");
    // Nothing runs off a 375 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByTestId("followups-import").screenshot({ path: path.join(screenshots, "followups-import-375.png") });
    await page.context().close();
  }, 120_000);
});
