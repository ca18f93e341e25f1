// Journey: a job seeker signs up for the open fair on their own phone from the fair's link,
// confirms the phone with the code (read from the ADMIN 短信发件箱 of the development
// provider), gets a QR badge that still shows offline, is checked in at the desk with it,
// says "我感兴趣" to a matched job and sees the employer's answer (已录用) arrive live.
// A second person who never enters the code is confirmed at the desk in person.
import fs from "node:fs";
import path from "node:path";
import { maskPhone } from "@xiezuo/contracts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { type ApiSession, signInApi } from "../support/api-session.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";
import { fillRegistration, newPerson, readCodeFromOutbox } from "../support/self-service-pages.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const PHONE = { viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true } as const;
const WAIT = { timeout: 20_000, interval: 100 };
const BADGE_KEY = "xiezuo.badge-token";

describe("journey: a job seeker on their own phone", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let admin: ApiSession;
  let adminPage: Page;
  let staffPage: Page;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    admin = await signInApi(demo.baseUrl, "admin", "xiezuo-demo");
    fs.mkdirSync(screenshots, { recursive: true });
    adminPage = await openSignedIn("admin", `/fairs/${demo.openFairId}`);
    staffPage = await openSignedIn("staff", `/fairs/${demo.openFairId}/desk`);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await demo?.stop();
  });

  async function newPhone(): Promise<Page> {
    const context = await browser.newContext(PHONE);
    contexts.push(context);
    return context.newPage();
  }

  async function openSignedIn(username: string, target: string): Promise<Page> {
    const page = await newPhone();
    await page.goto(`${demo.baseUrl}${target}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === target);
    return page;
  }

  it("registers from the fair link, gets a badge that works offline, is checked in and hears back", async () => {
    // The organiser's fair page gives the link to share (and a poster to print).
    const linkInput = adminPage.getByTestId("registration-url");
    await expect.poll(() => linkInput.isVisible(), WAIT).toBe(true);
    const link = await linkInput.inputValue();
    expect(link).toBe(`${demo.baseUrl}/fairs/${demo.openFairId}/register`);
    await adminPage.getByRole("link", { name: "打印报名海报" }).click();
    await expect.poll(() => adminPage.getByTestId("registration-poster").isVisible(), WAIT).toBe(true);
    expect(await adminPage.getByRole("img", { name: /报名二维码/ }).count()).toBe(1);
    await adminPage.screenshot({ path: path.join(screenshots, "self-service-poster-phone.png"), fullPage: true });
    await adminPage.emulateMedia({ media: "print" });
    expect(await adminPage.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    await adminPage.screenshot({ path: path.join(screenshots, "self-service-poster-print.png"), fullPage: true });
    await adminPage.emulateMedia({ media: "screen" });

    // The seeker opens the link on their phone, not signed in.
    const seeker = await newPhone();
    const requested: string[] = [];
    seeker.on("request", (request) => requested.push(request.url()));
    await seeker.goto(link);
    const fair = await admin.get<{ fair: { title: string; venue: string } }>(`/api/fairs/${demo.openFairId}`);
    await expect.poll(() => seeker.getByRole("heading", { level: 1 }).textContent(), WAIT).toBe(fair.body.fair.title);
    expect(await seeker.getByText(fair.body.fair.venue).count()).toBeGreaterThan(0);

    // Sending an empty form names what is missing, in Chinese, at the fields.
    await seeker.getByRole("button", { name: "获取验证码" }).click();
    await expect.poll(() => seeker.getByText("请填写您的姓名").isVisible(), WAIT).toBe(true);
    expect(await seeker.getByLabel("姓名").getAttribute("aria-invalid")).toBe("true");
    await seeker.screenshot({ path: path.join(screenshots, "self-service-register-errors-phone.png"), fullPage: true });

    const person = newPerson("向春花", "1991-06-15");
    const cityChips = seeker.getByRole("group", { name: /想去哪里工作/ }).getByRole("button");
    expect(await cityChips.count()).toBeGreaterThan(0);
    await cityChips.first().click();
    expect(await cityChips.first().getAttribute("aria-pressed")).toBe("true");
    await seeker.screenshot({ path: path.join(screenshots, "self-service-register-phone.png"), fullPage: true });
    await fillRegistration(seeker, person);
    const codeInput = seeker.getByLabel(/验证码（6 位数字）/);
    expect(await codeInput.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await codeInput.getAttribute("inputmode")).toBe("numeric");
    await seeker.screenshot({ path: path.join(screenshots, "self-service-code-phone.png"), fullPage: true });

    // A wrong code is refused at the field; the right one (from the outbox) signs the person in.
    const code = await readCodeFromOutbox(adminPage, demo.baseUrl, person.phone);
    await adminPage.screenshot({ path: path.join(screenshots, "self-service-outbox-phone.png"), fullPage: true });
    await codeInput.fill(code === "000000" ? "111111" : "000000");
    await seeker.getByRole("button", { name: "确认", exact: true }).click();
    await expect.poll(() => seeker.locator(".code-step .field__error").textContent(), WAIT).toBeTruthy();
    await codeInput.fill(code);
    await seeker.getByRole("button", { name: "确认", exact: true }).click();
    await seeker.waitForURL((url) => url.pathname === "/me", WAIT);

    // The badge: a big QR code; the page names the person and the fair, not yet checked in.
    const badge = seeker.getByTestId("my-badge");
    await expect.poll(() => badge.locator("svg path").count(), WAIT).toBe(1);
    await expect.poll(() => seeker.getByRole("heading", { level: 1 }).textContent(), WAIT).toContain(person.name);
    const fairCard = seeker.getByTestId("my-fair").filter({ hasText: fair.body.fair.title });
    await expect.poll(() => fairCard.getByTestId("my-fair-checkin").textContent(), WAIT).toBe("未签到");
    await seeker.screenshot({ path: path.join(screenshots, "self-service-me-phone.png"), fullPage: true });
    // A job seeker's menu: their own page and the job board, nothing else.
    await seeker.getByRole("button", { name: "菜单" }).click();
    const nav = seeker.getByRole("navigation", { name: "主导航" });
    expect(await nav.getByRole("link").allTextContents()).toEqual(["我的", "找工作"]);
    await seeker.screenshot({ path: path.join(screenshots, "self-service-me-menu-phone.png") });
    await seeker.keyboard.press("Escape");

    // Only the opaque badge token is kept on the phone; no ID or phone number anywhere in a URL.
    const storage = await seeker.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
    expect(Object.keys(storage.local)).toEqual([BADGE_KEY]);
    expect(storage.session).toEqual({});
    const token = storage.local[BADGE_KEY]!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{44}$/);
    const badgeApi = await seeker.evaluate(async () => (await fetch("/api/me/badge")).json());
    expect(badgeApi.token).toBe(token);
    for (const url of requested) {
      expect(url).not.toContain(person.idNumber);
      expect(url).not.toContain(person.phone);
    }

    // No signal at the fair: the page reloads from the service worker's cache and shows the badge.
    await expect.poll(() => seeker.evaluate(() => navigator.serviceWorker.controller !== null), WAIT).toBe(true);
    const qrPath = await badge.locator("svg path").getAttribute("d");
    await seeker.context().setOffline(true);
    await seeker.reload();
    await expect.poll(() => seeker.getByTestId("my-badge").locator("svg path").getAttribute("d"), WAIT).toBe(qrPath);
    expect(await seeker.getByText("现在连不上网").isVisible()).toBe(true);
    await seeker.screenshot({ path: path.join(screenshots, "self-service-me-offline-phone.png"), fullPage: true });
    await seeker.context().setOffline(false);
    await seeker.reload();
    await expect.poll(() => seeker.getByRole("heading", { level: 1 }).textContent(), WAIT).toContain(person.name);

    // The desk scans the badge shown on the phone.
    await staffPage.getByLabel("扫码枪输入").fill(token);
    await staffPage.getByLabel("扫码枪输入").press("Enter");
    await expect.poll(() => staffPage.getByTestId("checkin-result").getAttribute("data-kind"), WAIT).toBe("success");
    expect(await staffPage.getByTestId("result-name").textContent()).toBe(`${person.name.at(0)}*${person.name.at(-1)}`);
    // Back on the seeker's page (it re-reads when the person returns to it).
    await seeker.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(() => fairCard.getByTestId("my-fair-checkin").textContent(), WAIT).toMatch(/^✓ 已签到/);

    // 我感兴趣 on a matched job of the open fair: the intent names the fair.
    const openFairPositions = await admin.get<{ positions: { id: string }[] }>(
      `/api/positions?fairId=${demo.openFairId}&status=OPEN&limit=200`,
    );
    const openIds = new Set(openFairPositions.body.positions.map((p) => p.id));
    const matchCards = seeker.getByTestId("my-match");
    await expect.poll(() => matchCards.count(), WAIT).toBeGreaterThan(0);
    const matchedIds = await matchCards.evaluateAll((cards) => cards.map((card) => card.getAttribute("data-position-id") ?? ""));
    const chosenId = matchedIds.find((id) => openIds.has(id));
    expect(chosenId, "a matched job recruits at the open fair").toBeDefined();
    const chosen = seeker.locator(`[data-position-id="${chosenId}"]`);
    expect(await chosen.getByText("为什么推荐给您").isVisible()).toBe(true);
    expect(await chosen.getByRole("button", { name: "朗读" }).isVisible()).toBe(true);
    await chosen.getByRole("button", { name: "我感兴趣" }).click();
    await expect.poll(() => chosen.locator(".form-success").textContent(), WAIT).toContain("已告诉企业");
    const intentCard = seeker.getByTestId("my-intent").first();
    await expect.poll(() => intentCard.getByTestId("my-intent-status").textContent(), WAIT).toBe("已报名，等企业联系");

    const intents = await admin.get<{ intents: { id: string; positionId: string; fairId: string | null; seeker: { name: string } }[] }>(
      `/api/intents?fairId=${demo.openFairId}&limit=500`,
    );
    const recorded = intents.body.intents.filter((intent) => intent.seeker.name === person.name);
    expect(recorded.map((intent) => [intent.positionId, intent.fairId])).toEqual([[chosenId, demo.openFairId]]);

    // The fair's booth (staff here) hires; the seeker's page shows it without a reload.
    await seeker.evaluate(() => {
      (window as unknown as { journeyMarker: string }).journeyMarker = "same page";
    });
    await staffPage.goto(`${demo.baseUrl}/fairs/${demo.openFairId}/booth`);
    const candidate = staffPage.locator(".candidate", { hasText: person.name });
    await expect.poll(() => candidate.isVisible(), WAIT).toBe(true);
    await candidate.getByRole("button", { name: "录用", exact: true }).click();
    await expect.poll(() => candidate.locator(".intent-status").textContent(), WAIT).toBe("已录用");

    await expect.poll(() => intentCard.getByTestId("my-intent-status").textContent(), WAIT).toBe("已录用");
    expect(await seeker.evaluate(() => (window as unknown as { journeyMarker?: string }).journeyMarker)).toBe("same page");
    expect(await chosen.textContent()).toContain("已录用");
    await seeker.screenshot({ path: path.join(screenshots, "self-service-me-hired-phone.png"), fullPage: true });

    // The person is also told by text message (kept in the development outbox).
    await adminPage.goto(`${demo.baseUrl}/notifications`);
    await adminPage.getByRole("button", { name: "求职进展", exact: true }).click();
    const notice = adminPage.getByTestId("outbox-item").filter({ hasText: maskPhone(person.phone) });
    await expect.poll(() => notice.first().getByTestId("outbox-text").textContent(), WAIT).toContain("已录用");

    // Work starts; a month later the desk reminds the worker of the follow-up call by text message.
    await candidate.getByRole("button", { name: "登记上岗" }).click();
    const placementDialog = staffPage.getByRole("dialog", { name: `登记上岗：${person.name}` });
    await placementDialog.getByLabel("月工资（元）").fill("5000");
    await placementDialog.getByRole("button", { name: "确认上岗" }).click();
    await expect.poll(() => candidate.getByRole("link", { name: "已登记上岗，查看" }).isVisible(), WAIT).toBe(true);
    await staffPage.goto(`${demo.baseUrl}/placements`);
    await staffPage.getByRole("button", { name: "一个月内" }).click();
    const due = staffPage.locator(".followup-item", { hasText: person.name });
    await expect.poll(() => due.isVisible(), WAIT).toBe(true);
    await due.getByRole("button", { name: "发送提醒" }).click();
    await expect.poll(() => due.getByRole("status").textContent(), WAIT).toBe("✓ 提醒短信已排队发送");
    await staffPage.screenshot({ path: path.join(screenshots, "self-service-followup-reminder-phone.png"), fullPage: true });
    await adminPage.getByRole("button", { name: "回访提醒", exact: true }).click();
    const reminder = adminPage.getByTestId("outbox-item").filter({ hasText: maskPhone(person.phone) });
    await expect.poll(() => reminder.count(), WAIT).toBe(1);

    // Signing out takes the badge off the phone.
    await seeker.getByRole("button", { name: "退出", exact: true }).click();
    await seeker.waitForURL((url) => url.pathname === "/jobs", WAIT);
    expect(await seeker.evaluate(() => ({ ...localStorage }))).toEqual({});
  }, 240_000);

  it("confirms at the desk a person who registered online but never entered the code", async () => {
    const phone = await newPhone();
    await phone.goto(`${demo.baseUrl}/fairs/${demo.openFairId}/register`);
    const person = newPerson("彭秋月", "1989-09-09");
    await fillRegistration(phone, person);
    // "Start over" keeps what was typed, in memory only.
    await phone.getByRole("button", { name: /重新填写/ }).click();
    expect(await phone.getByLabel("姓名").inputValue()).toBe(person.name);
    expect(await phone.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).toBe("{}{}");

    await staffPage.goto(`${demo.baseUrl}/fairs/${demo.openFairId}/desk`);
    await staffPage.getByRole("button", { name: "查看", exact: true }).click();
    await staffPage.getByLabel("按姓名查找").fill(person.name);
    const row = staffPage.getByTestId("pre-registration");
    await expect.poll(() => row.count(), WAIT).toBe(1);
    // Others can see the desk's screen: the list masks the name.
    expect(await row.textContent()).toContain(`${person.name.at(0)}*${person.name.at(-1)}`);
    expect(await row.textContent()).not.toContain(person.name);
    await staffPage.screenshot({ path: path.join(screenshots, "self-service-desk-preregistrations-phone.png"), fullPage: true });

    await row.getByRole("button", { name: "现场确认" }).click();
    const dialog = staffPage.getByRole("dialog", { name: "核对身份证后确认" });
    expect(await dialog.textContent()).toContain(person.name);
    await dialog.getByRole("button", { name: "确认并签到" }).click();
    await expect.poll(() => staffPage.getByTestId("checkin-result").getAttribute("data-kind"), WAIT).toBe("success");
    await expect.poll(() => row.count(), WAIT).toBe(0);

    const seekers = await admin.get<{ seekers: { id: string; name: string }[] }>(`/api/seekers?q=${encodeURIComponent(person.name)}`);
    expect(seekers.body.seekers.map((s) => s.name)).toEqual([person.name]);
  }, 120_000);

  it("says kindly when a phone asks for codes too often, and leads back to the code already sent", async () => {
    const phone = await newPhone();
    await phone.goto(`${demo.baseUrl}/fairs/${demo.openFairId}/register`);
    const person = newPerson("田小妹", "1995-02-03");
    // Each request sends a text message: a few are allowed, then the page explains the wait.
    await fillRegistration(phone, person);
    for (let attempt = 0; attempt < 5; attempt++) {
      await phone.getByRole("button", { name: /重新填写/ }).click();
      await phone.getByRole("button", { name: "获取验证码" }).click();
      const refused = phone.getByRole("alert").filter({ hasText: "为了保护您的信息" });
      await expect.poll(async () => (await refused.count()) + (await phone.getByText("验证码已发到").count()), WAIT).toBe(1);
      if ((await refused.count()) === 1) break;
    }
    const alert = phone.getByRole("alert").filter({ hasText: "为了保护您的信息" });
    expect(await alert.textContent()).toMatch(/分钟/);
    await phone.screenshot({ path: path.join(screenshots, "self-service-too-often-phone.png"), fullPage: true });
    await phone.getByRole("button", { name: "已收到验证码？回去输入验证码" }).click();
    await expect.poll(() => phone.getByText("验证码已发到").textContent(), WAIT).toContain(maskPhone(person.phone));
  }, 120_000);
});
