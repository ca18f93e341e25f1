// Journey: an employer's recruiter posts a position; a visitor on a phone, not signed in,
// finds it on the public job board by a job word that is not in its title, and opens it.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
/** Pages load and the API answers in their own time, slower on a busy machine: wait for conditions. */
const UI_WAIT = { timeout: 20_000, interval: 100 };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

// The title says neither 焊 nor 工 together; the work itself is welding.
const TITLE = "车间技工";
const CITY = "章丘";
const SEARCH_WORD = "焊工";

/** Records what the page asks the speech engine to say (the engine itself still runs). */
const RECORD_SPEECH = `
  window.__spoken = [];
  if (window.speechSynthesis) {
    const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
    window.speechSynthesis.speak = (utterance) => {
      window.__spoken.push({ text: utterance.text, lang: utterance.lang });
      speak(utterance);
    };
  }
`;

async function signInAsEmployer(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("用户名").fill("zhongqi");
  await page.getByLabel("密码").fill("xiezuo-demo");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/fairs$/);
}

/** The whole page, and what fits on the first screen (what a visitor sees before scrolling). */
async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join(screenshots, `${name}-screen.png`) });
}

describe("journey: an employer posts a position and a visitor finds it", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let positionId = "";

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("the employer signs in and posts a welding position under another title", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    await signInAsEmployer(page, demo.baseUrl);

    // The phone menu leads to the employer's own positions.
    await page.getByRole("button", { name: "菜单" }).click();
    await page.getByRole("link", { name: "我的岗位" }).click();
    await page.waitForURL(/\/positions$/);
    await page.getByRole("link", { name: /发布新岗位/ }).click();
    await page.waitForURL(/\/positions\/new$/);

    await page.getByLabel("岗位名称").fill(TITLE);
    await page.getByLabel("工作内容").fill("重卡车架及结构件的电焊、氩弧焊作业，持证优先，无证可由公司培训考证。两班倒，加班另计。");
    await page.getByLabel("招聘人数").fill("8");
    await page.getByLabel("工作城市").fill(CITY);
    await page.getByLabel("最低月工资（元）").fill("6500");
    await page.getByLabel("最高月工资（元）").fill("9000");
    await page.getByLabel("包吃（提供工作餐）").check();
    await page.getByLabel("包住（提供宿舍）").check();
    await page.getByLabel("标签").fill("电焊 氩弧焊");
    // Only fairs the employer joined are offered; the open demo fair is one of them.
    const fairBox = page.locator(`input[name="fairIds"][value="${demo.openFairId}"]`);
    await expect.poll(() => fairBox.count(), UI_WAIT).toBe(1);
    await fairBox.check();
    await shoot(page, "position-form-phone");
    await page.getByRole("button", { name: "发布岗位" }).click();

    await page.waitForURL(/\/positions$/);
    await expect
      .poll(
        () =>
          page
            .getByRole("status")
            .filter({ hasText: `已发布「${TITLE}」` })
            .count(),
        UI_WAIT,
      )
      .toBe(1);
    const item = page.locator(".manage-item", { hasText: TITLE });
    await expect.poll(() => item.count(), UI_WAIT).toBe(1);
    expect(await item.textContent()).toContain("包吃住");
    await shoot(page, "my-positions-phone");

    const saved = await demo.db.position.findFirstOrThrow({ where: { title: TITLE }, include: { fairs: true } });
    expect(saved).toMatchObject({ city: CITY, wageMin: 6500, wageMax: 9000, openings: 8, foodProvided: true, lodgingProvided: true });
    expect(saved.tags).toEqual(["电焊", "氩弧焊"]);
    expect(saved.fairs.map((link) => link.fairId)).toEqual([demo.openFairId]);
    positionId = saved.id;
    await context.close();
  });

  it("a visitor on a phone finds it by 焊工, filters by city and opens it", async () => {
    expect(positionId).not.toBe("");
    // The index follows the database through the outbox within seconds: wait for it, not a fixed time.
    await expect
      .poll(
        async () => {
          const response = await fetch(`${demo.baseUrl}/api/search/positions?q=${encodeURIComponent(SEARCH_WORD)}&limit=100`);
          const body = (await response.json()) as { hits?: { id: string }[] };
          return body.hits?.some((hit) => hit.id === positionId) ?? false;
        },
        { timeout: 15_000, interval: 250, message: "the new position reaches search through the outbox relay" },
      )
      .toBe(true);

    const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    await context.addInitScript(RECORD_SPEECH);
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/jobs`);
    // Public: no sign-in page, a public header with 找工作 and 登录.
    expect(page.url()).toBe(`${demo.baseUrl}/jobs`);
    await page.getByRole("link", { name: "登录" }).waitFor();
    await expect.poll(() => page.locator(".job-card").count(), UI_WAIT).toBeGreaterThan(0);
    await shoot(page, "job-board-phone");

    const box = page.getByRole("searchbox", { name: "想找什么工作？" });
    await box.fill(SEARCH_WORD);
    await box.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === SEARCH_WORD);
    await page.getByTestId("job-total").waitFor();

    // Narrow down with the city chip; the query stays in the URL so the search can be shared.
    await page.getByRole("button", { name: new RegExp(`^${CITY}`) }).click();
    await page.waitForURL((url) => url.searchParams.get("city") === CITY && url.searchParams.get("q") === SEARCH_WORD);
    const card = page.getByRole("link", { name: TITLE });
    await card.waitFor();
    expect(await page.getByRole("button", { name: new RegExp(`^${CITY}`) }).getAttribute("aria-pressed")).toBe("true");
    const cardText = await page.locator(".job-card", { hasText: TITLE }).textContent();
    expect(cardText).toContain("6,500–9,000 元/月");
    expect(cardText).toContain("包吃住");
    expect(cardText).toContain("中国重型汽车集团有限公司");
    await shoot(page, "job-search-phone");

    await card.click();
    await page.waitForURL(new RegExp(`/jobs/${positionId}$`));
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const readAloud = page.getByRole("button", { name: "朗读" });
    await readAloud.waitFor();
    expect(await page.locator("main").textContent()).toContain("电焊、氩弧焊作业");
    await shoot(page, "position-phone");

    await readAloud.click();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken.length).toBeGreaterThan(0);
    expect(spoken.every((utterance) => utterance.lang === "zh-CN")).toBe(true);
    const text = spoken.map((utterance) => utterance.text).join("");
    expect(text).toContain(`中国重型汽车集团有限公司招聘${TITLE}`);
    expect(text).toContain("每月工资6500到9000元");
    expect(text).toContain("包吃包住");
    await context.close();
  });

  it("looks right on a desktop screen too", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/jobs?q=${encodeURIComponent(SEARCH_WORD)}&bao=1`);
    await expect.poll(() => page.locator(".job-card").count(), UI_WAIT).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "包吃住" }).getAttribute("aria-pressed")).toBe("true");
    await shoot(page, "job-search-desktop");
    await page.goto(`${demo.baseUrl}/jobs/${positionId}`);
    await page.getByRole("button", { name: "朗读" }).waitFor();
    await shoot(page, "position-desktop");

    // Nothing matches: a clear empty state with ways out.
    await page.goto(`${demo.baseUrl}/jobs?q=${encodeURIComponent("潜水员")}&wage=8000`);
    await page.getByText("没有找到合适的岗位").waitFor();
    await page.getByRole("button", { name: "不限工资" }).click();
    await page.waitForURL((url) => !url.searchParams.has("wage"));
    await shoot(page, "job-empty-desktop");
    await context.close();
  });

  it("the employer stops recruiting after confirming, and the position leaves the job board", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    await signInAsEmployer(page, demo.baseUrl);
    await page.goto(`${demo.baseUrl}/positions`);
    const item = page.locator(".manage-item", { hasText: TITLE });
    await expect.poll(() => item.count(), UI_WAIT).toBe(1);
    await item.getByRole("button", { name: /停止招聘/ }).click();
    const dialog = page.getByRole("dialog", { name: `停止招聘「${TITLE}」？` });
    await dialog.waitFor();
    await shoot(page, "close-position-dialog-phone");
    await dialog.getByRole("button", { name: "停止招聘" }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole("status")
            .filter({ hasText: `已停止招聘「${TITLE}」` })
            .count(),
        UI_WAIT,
      )
      .toBe(1);
    // The list is read again and no longer shows it under 招聘中.
    await expect.poll(() => page.locator(".manage-item", { hasText: TITLE }).count(), UI_WAIT).toBe(0);
    expect((await demo.db.position.findUniqueOrThrow({ where: { id: positionId } })).status).toBe("CLOSED");

    await expect
      .poll(
        async () => {
          const response = await fetch(
            `${demo.baseUrl}/api/search/positions?q=${encodeURIComponent(SEARCH_WORD)}&city=${encodeURIComponent(CITY)}`,
          );
          return ((await response.json()) as { total: number }).total;
        },
        { timeout: 15_000, interval: 250, message: "the closed position leaves search" },
      )
      .toBe(0);
    // A shared link to it still opens, and says plainly that recruiting has stopped.
    await page.goto(`${demo.baseUrl}/jobs/${positionId}`);
    await page.getByText("这个岗位已经停止招聘").waitFor();
    await context.close();
  });
});
