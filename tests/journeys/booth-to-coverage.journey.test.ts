// Journey: a recruiter scans a visitor's badge at its booth, hires them and records the
// start of work; the desk calls them back; the bureau sees the fair's funnel and the
// household coverage, and exports the list of households with nobody at work.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { signIn } from "../../apps/api/src/testing/sign-in.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function signInAs(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("xiezuo-demo");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

describe("journey: booth → placement → follow-up → coverage", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let seeker: { id: string; name: string; idNumberMasked: string };
  let badgeToken: string;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
    const row = await demo.db.seeker.findFirstOrThrow({
      where: { household: { povertyStatus: "REGISTERED_POOR", labourCapableMembers: { gt: 0 } }, placements: { none: {} } },
      select: { id: true, name: true, idNumberMasked: true },
      orderBy: { id: "asc" },
    });
    seeker = row;
    // The badge the visitor carries, printed by the desk.
    const admin = await signIn(demo.app, "admin", "xiezuo-demo");
    const badge = await request(demo.app).get(`/api/seekers/${row.id}/badge`).set("Cookie", admin);
    expect(badge.status).toBe(200);
    badgeToken = badge.body.token;
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("the recruiter records an intent by badge, hires and records the start of work", async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: "zh-CN" });
    await signInAs(page, demo.baseUrl, "zhongqi");
    await page.goto(`${demo.baseUrl}/booth`);
    await page.locator(`a[href="/fairs/${demo.openFairId}/booth"]`).click();
    await page.waitForURL(new RegExp(`/fairs/${demo.openFairId}/booth`));

    // A handheld scanner "types" the badge and presses Enter.
    await page.getByLabel("求职者胸牌").fill(badgeToken);
    await page.getByLabel("求职者胸牌").press("Enter");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "已登记：" }).textContent()).toContain(seeker.name);

    const card = page.locator(".candidate", { hasText: seeker.name });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(seeker.idNumberMasked);
    expect(await card.locator(".intent-status").textContent()).toBe("待面试");
    await page.screenshot({ path: path.join(screenshots, "booth-candidate-phone.png"), fullPage: true });

    await card.getByRole("button", { name: "录用", exact: true }).click();
    await expect.poll(() => card.locator(".intent-status").textContent()).toBe("已录用");
    await card.getByRole("button", { name: "登记上岗" }).click();
    const dialog = page.getByRole("dialog", { name: `登记上岗：${seeker.name}` });
    await dialog.getByLabel("月工资（元）").fill("5200");
    await page.screenshot({ path: path.join(screenshots, "booth-placement-dialog-phone.png") });
    await dialog.getByRole("button", { name: "确认上岗" }).click();
    await expect.poll(() => card.getByRole("link", { name: "已登记上岗，查看" }).isVisible()).toBe(true);

    const placement = await demo.db.placement.findFirstOrThrow({ where: { seekerId: seeker.id } });
    expect(placement).toMatchObject({ status: "ACTIVE", monthlyWage: 5200, channel: "FAIR" });
    const intent = await demo.db.intent.findFirstOrThrow({ where: { seekerId: seeker.id, fairId: demo.openFairId } });
    expect(intent.status).toBe("HIRED");
    await page.close();
  });

  it("the desk finds the new worker in the follow-up list and records a call", async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: "zh-CN" });
    await signInAs(page, demo.baseUrl, "staff");
    await page.goto(`${demo.baseUrl}/placements`);
    // Started today: the first monthly call is due in 30 days.
    await page.getByRole("button", { name: "一个月内" }).click();
    const item = page.locator(".followup-item", { hasText: seeker.name });
    await expect.poll(() => item.isVisible()).toBe(true);
    expect(await item.textContent()).toContain("30 天后到期");
    await item.getByRole("button", { name: "登记回访" }).click();
    await item.getByText("仍在岗", { exact: true }).click();
    expect(await item.getByRole("radio", { name: "仍在岗" }).isChecked()).toBe(true);
    await item.getByRole("button", { name: "保存回访" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "已记录" }).textContent())
      .toContain(`已记录 ${seeker.name} 的回访，当前状态：在岗`);
    await page.screenshot({ path: path.join(screenshots, "followups-due-phone.png"), fullPage: true });
    expect(await demo.db.followUp.count({ where: { placement: { seekerId: seeker.id } } })).toBe(1);
    await page.close();
  });

  it("the bureau reads the fair funnel and the coverage, and exports the zero-employment list", async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: "zh-CN", acceptDownloads: true });
    await signInAs(page, demo.baseUrl, "admin");
    const admin = await signIn(demo.app, "admin", "xiezuo-demo");

    await page.goto(`${demo.baseUrl}/fairs/${demo.openFairId}`);
    const report = (await request(demo.app).get(`/api/reports/fairs/${demo.openFairId}`).set("Cookie", admin)).body;
    expect(report.funnel.hired).toBeGreaterThanOrEqual(1);
    for (const key of ["checkedIn", "withIntent", "hired", "onTheJob", "stable"]) {
      await expect.poll(() => page.getByTestId(`funnel-${key}`).textContent()).toBe(report.funnel[key].toLocaleString("zh-CN"));
    }
    expect(await page.getByRole("img", { name: /求职者转化：签到/ }).count()).toBe(1);
    await page.locator(".fair-report").screenshot({ path: path.join(screenshots, "fair-funnel-desktop.png") });

    await page.goto(`${demo.baseUrl}/coverage`);
    const coverage = (await request(demo.app).get("/api/reports/coverage?regionCode=433126").set("Cookie", admin)).body;
    expect(coverage.coverage.placedHouseholds).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator(".coverage-table__township").count()).toBe(coverage.rows.length);
    await page.getByLabel("按村显示").check();
    await expect.poll(() => page.locator(".coverage-table__village").count()).toBeGreaterThan(0);
    const zero = (await request(demo.app).get("/api/reports/zero-employment?regionCode=433126").set("Cookie", admin)).body;
    await expect
      .poll(() => page.locator(".zero-employment .result-bar__count").textContent())
      .toContain(zero.total.toLocaleString("zh-CN"));
    await page.screenshot({ path: path.join(screenshots, "coverage-desktop.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 CSV" }).click()]);
    const text = fs.readFileSync(await download.path(), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split("\r\n")[0]).toBe(
      "户编号,行政区划代码,乡镇,村,家庭类别,劳动力人数,已登记求职人数,有就业意向人数,已结束的就业",
    );
    expect(text.trimEnd().split("\r\n")).toHaveLength(zero.total + 1);
    await page.close();
  });
});
