// Journey: 古丈县's 免申即享 transport subsidy on a 390 px phone. The platform admin opens the
// demo rule's published roster from 免申即享, reads its totals, opens the printable notice
// (names masked, no ID or phone number on the page), approves, records one payment, and a second
// payment of the same entry (from a second tab that still offered it) says 该笔已发放. Then the
// worker signs in on their own phone with a code from the text message and sees 已发放 on 我的.
import fs from "node:fs";
import path from "node:path";
import { maskPhone } from "@xiezuo/contracts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { type ApiSession, signInApi } from "../support/api-session.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";
import { readCodeFromOutbox } from "../support/self-service-pages.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const PHONE = { viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true } as const;
const WAIT = { timeout: 20_000, interval: 100 };

interface Entry {
  id: string;
  seekerId: string | null;
  amount: number;
  name: string;
}

describe("journey: a county pays its transport subsidy without anyone applying", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let admin: ApiSession;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    admin = await signInApi(demo.baseUrl, "admin", "xiezuo-demo");
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await demo?.stop();
  });

  async function newPhone(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(PHONE);
    contexts.push(context);
    return { context, page: await context.newPage() };
  }

  it("publishes, approves and pays once; the worker sees 已发放 on 我的", async () => {
    const { context, page } = await newPhone();
    await page.goto(`${demo.baseUrl}/subsidies`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === "/subsidies", WAIT);

    // The demo rule lists its published roster; the link reopens it.
    const rule = page.getByTestId("subsidy-rule").filter({ hasText: "交通补贴" }).first();
    await expect.poll(() => rule.getByText("公示中").count(), WAIT).toBe(1);
    await page.screenshot({ path: path.join(screenshots, "subsidy-rules-phone.png"), fullPage: true });
    await rule.getByRole("link", { name: /的名单$/ }).click();
    await page.waitForURL(/\/rosters\/[0-9a-f-]+$/, WAIT);
    const rosterId = new URL(page.url()).pathname.split("/").at(-1)!;
    const { body } = await admin.get<{ roster: { total: number; entries: Entry[] } }>(`/api/rosters/${rosterId}`);
    const roster = body.roster;
    expect(roster.entries.length).toBeGreaterThan(0);

    // Totals: the head figures and the household categories in the staff's words.
    const figures = page.locator(".subsidy-figures");
    await expect.poll(() => figures.textContent(), WAIT).toContain(`${roster.total.toLocaleString("en-US")} 元`);
    expect(await figures.textContent()).toContain(String(roster.entries.length));
    const categories = page.locator(".subsidy-totals__card").filter({ hasText: "按家庭类别合计" });
    expect(await categories.textContent()).toMatch(/建档立卡户|防返贫监测户|脱贫户/);
    await page.screenshot({ path: path.join(screenshots, "subsidy-roster-phone.png"), fullPage: true });

    // The printable notice: masked names, no 18-digit ID number or 11-digit phone number.
    await page.getByRole("link", { name: "打印公示" }).click();
    await page.waitForURL(/\/notice$/, WAIT);
    await expect.poll(() => page.getByRole("heading", { name: "补贴发放公示" }).count(), WAIT).toBe(1);
    const notice = (await page.locator("article").textContent()) ?? "";
    const first = roster.entries[0]!;
    expect(notice).toContain(first.name);
    expect(first.name).toMatch(/^.\*+.?$/u);
    expect(await page.locator("body").textContent()).not.toMatch(/\d{17}[\dXx]|\d{11}/);
    await page.screenshot({ path: path.join(screenshots, "subsidy-notice-phone.png"), fullPage: true });
    await page.getByRole("link", { name: "← 返回名单" }).click();
    await page.waitForURL(/\/rosters\/[0-9a-f-]+$/, WAIT);

    // Approve.
    await page.getByRole("button", { name: "审核通过" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "审核通过" }).click();
    await expect.poll(() => page.locator(".subsidy-status").first().textContent(), WAIT).toBe("已审核");

    // A second tab of the same admin opens the payment of the first entry and keeps it open…
    const second = await context.newPage();
    await second.goto(`${demo.baseUrl}/rosters/${rosterId}`);
    const secondEntry = second.getByTestId("roster-entry").first();
    await secondEntry.getByRole("button", { name: "登记发放" }).click();
    await second.getByLabel("发放凭证号").fill("GZ-2026-0002");

    // …while the first tab pays it.
    const entry = page.getByTestId("roster-entry").first();
    await entry.getByRole("button", { name: "登记发放" }).click();
    await page.getByLabel("发放凭证号").fill("GZ-2026-0001");
    await page.getByRole("dialog").getByRole("button", { name: "登记发放" }).click();
    await expect.poll(() => entry.locator(".subsidy-entry__paid").textContent(), WAIT).toContain("GZ-2026-0001");
    expect(await entry.getByRole("button", { name: "登记发放" }).count()).toBe(0);

    // The second tab's payment of the same entry is refused: 该笔已发放.
    await second.getByRole("dialog").getByRole("button", { name: "登记发放" }).click();
    await expect.poll(() => second.getByRole("dialog").getByRole("alert").textContent(), WAIT).toContain("该笔已发放");
    await second.screenshot({ path: path.join(screenshots, "subsidy-paid-twice-phone.png"), fullPage: true });
    const paid = await admin.get<{ roster: { entries: (Entry & { paymentReference: string | null })[] } }>(`/api/rosters/${rosterId}`);
    expect(paid.body.roster.entries.find((e) => e.id === first.id)?.paymentReference).toBe("GZ-2026-0001");

    // The worker, on their own phone: 我的 → phone number → the code from the text message.
    const seeker = await demo.db.seeker.findUniqueOrThrow({ where: { id: first.seekerId! }, select: { phoneCipher: true } });
    const phone = demo.fieldCrypto.decrypt(seeker.phoneCipher);
    const worker = (await newPhone()).page;
    await worker.goto(`${demo.baseUrl}/jobs`);
    await worker.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的", exact: true }).click();
    await worker.waitForURL((url) => url.pathname === "/sign-in", WAIT);
    await worker.getByLabel("手机号", { exact: true }).fill(phone);
    await worker.getByRole("button", { name: "获取验证码" }).click();
    await expect.poll(() => worker.getByText("验证码已发到").textContent(), WAIT).toContain(maskPhone(phone));
    const adminPhone = (await newPhone()).page;
    await adminPhone.goto(`${demo.baseUrl}/login`);
    await adminPhone.getByLabel("用户名").fill("admin");
    await adminPhone.getByLabel("密码").fill("xiezuo-demo");
    await adminPhone.getByRole("button", { name: "登录" }).click();
    await adminPhone.waitForURL((url) => url.pathname !== "/login", WAIT);
    const code = await readCodeFromOutbox(adminPhone, demo.baseUrl, phone);
    await worker.getByLabel(/验证码（6 位数字）/).fill(code);
    await worker.getByRole("button", { name: "确认", exact: true }).click();
    await worker.waitForURL((url) => url.pathname === "/me", WAIT);
    const mine = worker.locator("section").filter({ has: worker.getByRole("heading", { name: "我的补贴" }) });
    await expect.poll(() => mine.textContent(), WAIT).toContain(`已发放 交通补贴 ${first.amount} 元`);
    await worker.screenshot({ path: path.join(screenshots, "subsidy-me-paid-phone.png"), fullPage: true });
  }, 240_000);
});
