// Journey: a visitor without a badge at a booth. Staff type the number from the ID card
// (or find the person by name) and the intent is recorded; the ID number goes only in a
// POST body and the screen shows it masked.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const PHONE = { width: 390, height: 844 };
const UI_WAIT = { timeout: 20_000, interval: 100 };

async function openBooth(page: Page, baseUrl: string, fairId: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("用户名").fill("staff");
  await page.getByLabel("密码").fill("xiezuo-demo");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto(`${baseUrl}/fairs/${fairId}/booth`);
}

describe("journey: the booth takes a typed ID number", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("records an intent for a person by the number on their ID card, and another found by name", async () => {
    const [byNumber, byName] = await demo.db.seeker.findMany({
      where: { intents: { none: {} } },
      select: { id: true, name: true, idNumberMasked: true, idNumberCipher: true },
      orderBy: { id: "asc" },
      take: 2,
    });
    const idNumber = demo.fieldCrypto.decrypt(byNumber!.idNumberCipher);
    const page = await browser.newPage({ viewport: PHONE, locale: "zh-CN" });
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    await openBooth(page, demo.baseUrl, demo.openFairId);

    await page.getByRole("button", { name: "输身份证号" }).click();
    await page.getByLabel("身份证号").fill(idNumber.toLowerCase());
    await page.getByRole("button", { name: "登记意向" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "已登记：" }).textContent(), UI_WAIT).toContain(byNumber!.name);
    expect(await page.getByRole("status").filter({ hasText: "已登记：" }).textContent()).toContain(byNumber!.idNumberMasked);
    expect(await page.getByLabel("身份证号").inputValue()).toBe("");
    await expect.poll(() => page.locator(".candidate", { hasText: byNumber!.name }).count(), UI_WAIT).toBeGreaterThan(0);

    await page.getByRole("button", { name: "按姓名找" }).click();
    await page.getByLabel("求职者姓名").fill(byName!.name);
    await page.getByRole("button", { name: "查找" }).click();
    const row = page.locator(".booth-name-picker__list li", { hasText: byName!.idNumberMasked });
    await expect.poll(() => row.count(), UI_WAIT).toBe(1);
    await row.getByRole("button", { name: "登记意向" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "已登记：" }).textContent(), UI_WAIT).toContain(byName!.name);

    expect(await demo.db.intent.count({ where: { seekerId: { in: [byNumber!.id, byName!.id] }, fairId: demo.openFairId } })).toBe(2);
    expect(urls.some((u) => u.includes(idNumber) || u.toLowerCase().includes(idNumber.toLowerCase()))).toBe(false);
    await page.close();
  });

  it("comes back after a reload without network, and says that recording needs the network", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN", isMobile: true });
    const page = await context.newPage();
    await openBooth(page, demo.baseUrl, demo.openFairId);
    await page.getByRole("heading", { name: "登记就业意向" }).waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), UI_WAIT).toBe(true);
    // The booth's offline copy (account, fair, its positions) is saved a moment after it loads.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            ["fair-positions", "auth"].every((key) => (localStorage.getItem("xiezuo-offline-cache") ?? "").includes(key)),
          ),
        UI_WAIT,
      )
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { name: "登记就业意向" }).isVisible(), UI_WAIT).toBe(true);
    expect(await page.getByLabel("意向岗位").locator("option").count()).toBeGreaterThan(0);
    const before = await demo.db.intent.count();
    const someone = await demo.db.seeker.findFirstOrThrow({ select: { idNumberCipher: true }, orderBy: { id: "desc" } });
    await page.getByRole("button", { name: "输身份证号" }).click();
    await page.getByLabel("身份证号").fill(demo.fieldCrypto.decrypt(someone.idNumberCipher));
    await page.getByRole("button", { name: "登记意向" }).click();
    await expect.poll(() => page.locator(".booth-record__outcome").textContent(), UI_WAIT).toContain("网络");
    expect(await demo.db.intent.count()).toBe(before);
    await context.close();
  });
});
