// Journey: a job seeker registers for the open fair on one phone (saying 想做焊工), then
// comes back on a second phone: 我的 in the public header, the phone number, the code from
// the text message (read from the ADMIN 短信发件箱 of the development provider), and their
// own page. A number nobody registered gets the very same screens and no message.
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

describe("journey: a job seeker signs in again on another phone", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let admin: ApiSession;
  let adminPage: Page;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    admin = await signInApi(demo.baseUrl, "admin", "xiezuo-demo");
    fs.mkdirSync(screenshots, { recursive: true });
    adminPage = await newPhone();
    await adminPage.goto(`${demo.baseUrl}/notifications`);
    await adminPage.waitForURL(/\/login/);
    await adminPage.getByLabel("用户名").fill("admin");
    await adminPage.getByLabel("密码").fill("xiezuo-demo");
    await adminPage.getByRole("button", { name: "登录" }).click();
    await adminPage.waitForURL((url) => url.pathname === "/notifications");
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

  /** From the public header's 我的 to the code step, on a phone that has never signed in. */
  async function askForCode(page: Page, phone: string): Promise<void> {
    await page.goto(`${demo.baseUrl}/jobs`);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in", WAIT);
    const phoneInput = page.getByLabel("手机号", { exact: true });
    expect(await phoneInput.getAttribute("inputmode")).toBe("numeric");
    expect(await phoneInput.getAttribute("autocomplete")).toBe("tel");
    await phoneInput.fill(`${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect.poll(() => page.getByText("验证码已发到").textContent(), WAIT).toContain(maskPhone(phone));
  }

  it("registers on one phone, then signs in on a second one with the phone number and a code, and sees 我的", async () => {
    // Phone one: the fair's registration link, saying what work the person wants.
    const first = await newPhone();
    await first.goto(`${demo.baseUrl}/fairs/${demo.openFairId}/register`);
    const person = newPerson("龙春生", "1990-04-12");
    const wanted = first.getByRole("group", { name: /想做什么工作/ });
    await wanted.getByRole("button", { name: "焊工" }).click();
    expect(await wanted.getByRole("button", { name: "焊工" }).getAttribute("aria-pressed")).toBe("true");
    await wanted.getByRole("button", { name: "更多工种…" }).click();
    await wanted.getByRole("button", { name: "钳工/钣金" }).click();
    await first.screenshot({ path: path.join(screenshots, "sign-in-register-job-families-phone.png"), fullPage: true });
    await fillRegistration(first, person);
    await first.getByLabel(/验证码（6 位数字）/).fill(await readCodeFromOutbox(adminPage, demo.baseUrl, person.phone));
    await first.getByRole("button", { name: "确认", exact: true }).click();
    await first.waitForURL((url) => url.pathname === "/me", WAIT);
    await expect.poll(() => first.getByRole("heading", { level: 1 }).textContent(), WAIT).toContain(person.name);

    const seekers = await admin.get<{ seekers: { id: string; name: string; jobFamilies: string[] }[] }>(
      `/api/seekers?q=${encodeURIComponent(person.name)}`,
    );
    expect(seekers.body.seekers.map((s) => s.jobFamilies)).toEqual([["焊工", "钳工/钣金"]]);

    // Phone two: never used by this person. 我的 leads to the phone sign-in.
    const second = await newPhone();
    const requested: string[] = [];
    second.on("request", (request) => requested.push(request.url()));
    await askForCode(second, person.phone);
    const codeInput = second.getByLabel(/验证码（6 位数字）/);
    expect(await codeInput.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await codeInput.getAttribute("inputmode")).toBe("numeric");
    // A new code only after a visible count-down.
    const resend = second.getByTestId("resend-code");
    expect(await resend.isDisabled()).toBe(true);
    expect(await resend.textContent()).toMatch(/^重新发送验证码（\d+ 秒）$/);
    await second.screenshot({ path: path.join(screenshots, "sign-in-code-phone.png"), fullPage: true });

    const code = await readCodeFromOutbox(adminPage, demo.baseUrl, person.phone);
    const message = adminPage
      .getByTestId("outbox-item")
      .filter({ hasText: maskPhone(person.phone) })
      .first();
    expect(await message.getByTestId("outbox-text").textContent()).toContain("用于登录");
    await codeInput.fill(code);
    await second.getByRole("button", { name: "确认", exact: true }).click();
    await second.waitForURL((url) => url.pathname === "/me", WAIT);
    await expect.poll(() => second.getByRole("heading", { level: 1 }).textContent(), WAIT).toContain(person.name);
    const fair = await admin.get<{ fair: { title: string } }>(`/api/fairs/${demo.openFairId}`);
    await expect.poll(() => second.getByTestId("my-fair").filter({ hasText: fair.body.fair.title }).count(), WAIT).toBe(1);
    await expect.poll(() => second.getByTestId("my-badge").locator("svg path").count(), WAIT).toBe(1);
    await second.screenshot({ path: path.join(screenshots, "sign-in-me-second-phone.png"), fullPage: true });
    for (const url of requested) expect(url).not.toContain(person.phone);

    // The first phone stays signed in.
    await first.reload();
    await expect.poll(() => first.getByRole("heading", { level: 1 }).textContent(), WAIT).toContain(person.name);
  }, 240_000);

  it("shows a number nobody registered the same screens, and sends it nothing", async () => {
    const stranger = newPerson("无名", "1985-01-01").phone;
    const before = await admin.get<{ total: number }>("/api/notifications/outbox?kind=VERIFICATION_CODE&limit=1");
    const phone = await newPhone();
    await askForCode(phone, stranger);
    expect(await phone.getByTestId("resend-code").isDisabled()).toBe(true);
    const after = await admin.get<{ total: number }>("/api/notifications/outbox?kind=VERIFICATION_CODE&limit=1");
    expect(after.body.total).toBe(before.body.total);
    // A guess is refused as for any wrong code.
    await phone.getByLabel(/验证码（6 位数字）/).fill("123456");
    await phone.getByRole("button", { name: "确认", exact: true }).click();
    await expect.poll(() => phone.locator(".code-step .field__error").textContent(), WAIT).toMatch(/验证码不正确/);
  }, 120_000);

  it("says kindly when a phone asks for codes too often, and leads back to the code already sent", async () => {
    const number = newPerson("频繁", "1992-02-02").phone;
    const phone = await newPhone();
    await askForCode(phone, number);
    const refused = phone.getByRole("alert").filter({ hasText: "为了保护您的信息" });
    for (let attempt = 0; attempt < 5 && (await refused.count()) === 0; attempt++) {
      await phone.getByRole("button", { name: /换一个号码/ }).click();
      await phone.getByRole("button", { name: "获取验证码" }).click();
      await expect.poll(async () => (await refused.count()) + (await phone.getByText("验证码已发到").count()), WAIT).toBe(1);
    }
    expect(await refused.textContent()).toMatch(/分钟/);
    await phone.screenshot({ path: path.join(screenshots, "sign-in-too-often-phone.png"), fullPage: true });
    await phone.getByRole("button", { name: "已收到验证码？回去输入验证码" }).click();
    await expect.poll(() => phone.getByText("验证码已发到").textContent(), WAIT).toContain(maskPhone(number));
  }, 120_000);
});
