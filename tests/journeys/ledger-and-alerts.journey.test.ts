// Journey: Guzhang's bureau on a 375 px phone reads its employment ledger (务工台账) — the
// month's figures, the townships, twelve months of history — and its early warning (返贫预警),
// and notes a home visit that then shows as the household's last visit.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");

describe("journey: the county's ledger and early warning", () => {
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

  async function signedIn(to: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, locale: "zh-CN" });
    await page.goto(`${demo.baseUrl}${to}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill("guzhang");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(new RegExp(to));
    return page;
  }

  it("shows the month's ledger of Guzhang, its townships and the last twelve months, with the file to send up", async () => {
    const page = await signedIn("/reports/employment");
    const api = async (url: string) => (await page.request.get(`${demo.baseUrl}${url}`)).json();
    const { employment, rows } = await api("/api/reports/employment");
    expect(employment.workers).toBeGreaterThan(100);
    expect(employment.outOfProvince).toBeGreaterThan(0);
    expect(employment.inProvince).toBeGreaterThan(0);
    expect(employment.inCounty).toBeGreaterThan(0);
    await expect.poll(() => page.getByLabel("地区").inputValue()).toBe("433126");
    for (const key of ["workers", "outOfProvince", "inProvince", "inCounty", "notEmployed"]) {
      await expect.poll(() => page.getByTestId(`employment-${key}`).textContent()).toBe(employment[key].toLocaleString("zh-CN"));
    }
    expect(await page.locator("table.table--stack .ledger-row").count()).toBe(rows.length);

    const { months } = await api("/api/reports/employment/history");
    expect(months).toHaveLength(12);
    // A year of history: every month someone was at work somewhere.
    expect(months.every((m: { notEmployed: number; workers: number }) => m.notEmployed < m.workers)).toBe(true);
    await expect.poll(() => page.getByRole("img", { name: /每月务工去向/ }).count()).toBe(1);
    await page.getByText("查看数据表").click();
    const last = months.at(-1);
    expect(await page.getByTestId(`history-${last.month}-outOfProvince`).textContent()).toBe(last.outOfProvince.toLocaleString("zh-CN"));

    const href = await page.getByRole("link", { name: "导出台账" }).getAttribute("href");
    expect(href).toContain("format=xlsx");
    const file = await page.request.get(`${demo.baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("spreadsheetml");
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, "guzhang-ledger-phone.png"), fullPage: true });
  });

  it("lists the households whose worker came home lately and records a home visit", async () => {
    const page = await signedIn("/alerts");
    const { alerts } = await (await page.request.get(`${demo.baseUrl}/api/alerts/dropouts`)).json();
    expect(alerts.length).toBeGreaterThan(2);
    await expect.poll(() => page.locator(".alert-item").count()).toBe(alerts.length);
    // Grouped by township, in the answer's order (sorted by township).
    const townships = [...new Set(alerts.map((a: { township: string }) => a.township))];
    expect(await page.locator(".alerts__township").evaluateAll((groups) => groups.map((g) => g.getAttribute("aria-label")))).toEqual(
      townships,
    );

    const waiting = alerts.find((a: { lastVisitedOn: string | null }) => a.lastVisitedOn === null);
    const item = page.locator(`.alert-item[data-household="${waiting.householdCode}"]`);
    expect(await item.getByText("尚未走访").count()).toBe(1);
    await item.getByRole("button", { name: "登记上门走访" }).click();
    await item.getByLabel("走访情况").fill("已上门，老人身体好转，本人想在县内找茶厂工作");
    await page.screenshot({ path: path.join(screenshots, "guzhang-alerts-phone.png"), fullPage: true });
    await item.getByRole("button", { name: "保存走访" }).click();
    await expect.poll(() => item.getByRole("status").textContent()).toContain("已记录");
    await expect.poll(() => item.getByText(/^最近走访/).count()).toBe(1);
    expect(await demo.db.householdVisit.count({ where: { householdId: waiting.householdId } })).toBe(1);
  });
});
