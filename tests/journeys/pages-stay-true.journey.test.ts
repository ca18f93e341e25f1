// Journey: pages stay true after an action, without a reload. Desk staff record a call for
// a worker who came home: the due list drops them and the 已离岗 records below show them at
// once; the bureau creates an account and sees it in the list.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const PHONE = { viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true } as const;
const WAIT = { timeout: 20_000, interval: 100 };

describe("journey: pages stay true after actions", () => {
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

  async function signIn(page: Page, username: string, target: string) {
    await page.goto(`${demo.baseUrl}${target}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === target);
  }

  it("a follow-up moves the worker out of the due list and into 已离岗 without a reload", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    let navigations = 0;
    await signIn(page, "staff", "/placements");
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });

    await page.getByRole("button", { name: "一个月内" }).click();
    const item = page.locator(".followup-item").first();
    await item.waitFor();
    const href = (await item.locator(".followup-item__who a").getAttribute("href"))!;
    const ended = page.locator("section[aria-labelledby='placements-title']").locator(`a[href="${href}"]`);
    await page.getByRole("button", { name: "已离岗" }).click();
    await expect.poll(() => page.locator(".placements-page table").count(), WAIT).toBeGreaterThan(0);
    expect(await ended.count()).toBe(0);

    await item.getByRole("button", { name: "登记回访" }).click();
    await item.getByText("已离岗", { exact: true }).click();
    await item.getByLabel(/备注/).fill("回家照顾老人");
    await item.getByRole("button", { name: "保存回访" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "已记录" }).textContent(), WAIT).toContain("当前状态：已离岗");

    // Both lists on the page follow by themselves.
    await expect.poll(() => ended.count(), WAIT).toBe(1);
    await expect.poll(() => page.locator(`.followup-item a[href="${href}"]`).count(), WAIT).toBe(0);
    expect(navigations).toBe(0);
    const placementId = href.split("/").at(-1)!;
    const stored = await demo.db.followUp.findFirstOrThrow({ where: { placementId }, orderBy: { createdAt: "desc" } });
    expect(stored).toMatchObject({ employed: false, note: "回家照顾老人" });
    await context.close();
  });

  it("a new account shows in the accounts list at once", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    await signIn(page, "admin", "/users");
    const username = `desk${Date.now().toString(36)}`;
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel(/显示名称/).fill("签到台小王");
    await page.getByLabel("初始密码").fill("desk-password-2026");
    await page.getByRole("button", { name: /创建账号/ }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "已创建账号" }).textContent(), WAIT).toContain(username);
    // The list (not the form's message) shows the new account, without a reload.
    await expect.poll(() => page.locator("table").getByText(username, { exact: true }).count(), WAIT).toBeGreaterThan(0);
    await page.close();
  });
});
