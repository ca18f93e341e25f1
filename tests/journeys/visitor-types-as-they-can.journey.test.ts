// Journey: a labourer on a phone searches the job board as their keyboard lets them (issue 16):
// a wrong character picked on a pinyin keyboard (旱工 for 焊工) and bare pinyin (dianhan)
// both find the welding jobs; the board says 已按“焊工”搜索, and one tap on 仍然搜索“旱工”
// searches the words exactly as typed.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const UI_WAIT = { timeout: 20_000, interval: 100 };
const PHONE = { width: 390, height: 844 };

async function searchFor(page: Page, words: string) {
  const box = page.getByRole("searchbox", { name: "想找什么工作？" });
  await box.fill(words);
  await box.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === words);
}

/** The titles of the job cards on screen. */
async function cardTitles(page: Page): Promise<string[]> {
  return (await page.locator(".job-card__title").allTextContents()).map((t) => t.trim());
}

describe("journey: a visitor searches as their phone lets them type", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  async function openBoard(): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/jobs`);
    await expect.poll(() => page.locator(".job-card").count(), UI_WAIT).toBeGreaterThan(0);
    return { page, close: () => context.close() };
  }

  /** Searches `typed`, expects the note 已按“readAs”搜索 and only welding cards; returns the note. */
  async function expectWeldingReadAs(page: Page, typed: string, readAs: string) {
    await searchFor(page, typed);
    const note = page.getByTestId("job-read-as");
    await note.waitFor();
    expect(await note.textContent()).toContain(`已按“${readAs}”搜索`);
    await expect.poll(async () => (await cardTitles(page)).length, UI_WAIT).toBeGreaterThan(0);
    const titles = await cardTitles(page);
    expect(
      titles.every((title) => title.includes("焊")),
      titles.join("、"),
    ).toBe(true);
    return note;
  }

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("finds welding jobs for 旱工, says it searched 焊工, and searches 旱工 as typed on one tap", { timeout: 120_000 }, async () => {
    const { page, close } = await openBoard();
    const note = await expectWeldingReadAs(page, "旱工", "焊工");
    // The same jobs as the correctly typed word finds.
    const welding = (await (await fetch(`${demo.baseUrl}/api/search/positions?q=${encodeURIComponent("焊工")}`)).json()) as {
      total: number;
    };
    expect(await page.getByTestId("job-total").textContent()).toBe(String(welding.total));
    await page.screenshot({ path: path.join(screenshots, "jobs-read-as-phone.png") });

    // One tap: the same words, searched as typed; the flag rides in the page URL and the request.
    const typedSearch = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === "/api/search/positions" && url.searchParams.get("exact") === "1";
    });
    await note.getByRole("link", { name: "仍然搜索“旱工”" }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "旱工" && url.searchParams.get("exact") === "1");
    const answer = (await (await typedSearch).json()) as { interpretedAs: string | null; hits: { title: string }[] };
    expect(answer.interpretedAs).toBeNull();
    expect(answer.hits.some((hit) => hit.title.includes("焊"))).toBe(false);
    await expect.poll(() => page.getByTestId("job-read-as").count(), UI_WAIT).toBe(0);
    expect(await page.getByRole("searchbox", { name: "想找什么工作？" }).inputValue()).toBe("旱工");
    await page.screenshot({ path: path.join(screenshots, "jobs-as-typed-phone.png") });

    // Back returns to the search as read.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("q") === "旱工" && !url.searchParams.has("exact"));
    await page.getByTestId("job-read-as").waitFor();
    await close();
  });

  it("finds welding jobs for bare pinyin: dianhan", { timeout: 120_000 }, async () => {
    const { page, close } = await openBoard();
    await expectWeldingReadAs(page, "dianhan", "电焊");
    await page.screenshot({ path: path.join(screenshots, "jobs-pinyin-phone.png") });
    await close();
  });
});
