// Journey: a labourer opens the job board on a phone while the platform has just started on
// new data and the search index is still being filled. The board says 岗位正在加载 instead of
// "no jobs", and shows the jobs by itself once the index is complete (issue 17).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGate } from "../../apps/api/src/testing/gate.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const UI_WAIT = { timeout: 30_000, interval: 100 };

describe("journey: the job board while the index is being filled", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemoServer({ skipSearchCatchUp: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("says 岗位正在加载, then shows the jobs without a reload", { timeout: 180_000 }, async () => {
    const hold = createGate();
    const rebuilding = demo.searchSync.positions.rebuild({ beforeSwap: hold.wait });
    await hold.reached;

    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${demo.baseUrl}/jobs`);
    await expect.poll(() => page.getByTestId("jobs-indexing").isVisible(), UI_WAIT).toBe(true);
    expect(await page.getByTestId("jobs-indexing").textContent()).toContain("岗位正在加载");
    expect(await page.getByText("没有找到合适的岗位").count()).toBe(0);

    hold.release();
    await rebuilding;
    // The page looks again by itself: job cards appear and the notice goes.
    await expect.poll(() => page.locator(".job-list li").count(), UI_WAIT).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("jobs-indexing").count(), UI_WAIT).toBe(0);
    await page.close();
  });
});
