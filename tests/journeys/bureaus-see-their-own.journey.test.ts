// Journey: the two sides of the Jinan–Xiangxi cooperation on their phones. Jinan's bureau sees
// only the Guzhang workers placed in Jinan and reads the cooperation figures with a chart;
// Guzhang's bureau starts its coverage on its own county and cannot reach another county.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");

describe("journey: bureaus see their own", () => {
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

  async function signedIn(username: string, to: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    await page.goto(`${demo.baseUrl}${to}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(new RegExp(to.replace(/\?.*/, "")));
    return page;
  }

  it("Jinan sees just the Guzhang workers placed in Jinan, and the cooperation figures", async () => {
    const page = await signedIn("jinan", "/seekers");
    const api = async (url: string) => (await page.request.get(`${demo.baseUrl}${url}`)).json();
    const { seekers, total } = await api("/api/seekers?limit=100");
    expect(total).toBeGreaterThan(0);
    // Every one of them works in Jinan: each has a placement whose work region is in 3701…
    for (const seeker of seekers as { id: string; homeRegionCode: string }[]) {
      const { placements } = await api(`/api/placements?seekerId=${seeker.id}`);
      expect(
        placements.some((p: { workRegionCode: string }) => p.workRegionCode.startsWith("3701")),
        seeker.id,
      ).toBe(true);
      expect(seeker.homeRegionCode.startsWith("4331")).toBe(true);
    }
    await expect.poll(() => page.getByText(`共 ${total.toLocaleString("en-US")} 人`).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, "jinan-seekers-phone.png"), fullPage: true });
    // The menu names the bureau under the signed-in account.
    await expect.poll(() => page.locator(".user-box__org").first().textContent()).toContain("济南市人社局");

    // A Guzhang household is not Jinan's to read.
    const households = await api("/api/households?limit=10");
    expect(households.total).toBe(0);

    await page.goto(`${demo.baseUrl}/reports/cooperation`);
    const year = new Date().getFullYear();
    const { cooperation } = await api(
      `/api/reports/cooperation?exportingRegionCode=433126&importingRegionCode=370100&from=${year}-01-01&to=${year}-12-31`,
    );
    await expect.poll(() => page.getByTestId("cooperation-transferred").textContent()).toBe(String(cooperation.transferred));
    expect(await page.getByTestId("cooperation-employedNow").textContent()).toBe(String(cooperation.employedNow));
    expect(await page.getByTestId("cooperation-REGISTERED_POOR").textContent()).toBe(String(cooperation.byPovertyStatus.REGISTERED_POOR));
    await page.screenshot({ path: path.join(screenshots, "jinan-cooperation-phone.png"), fullPage: true });
    await page.close();
  });

  it("Guzhang's coverage starts on Guzhang, and another county's figures answer 404", async () => {
    const page = await signedIn("guzhang", "/coverage");
    const api = async (url: string) => page.request.get(`${demo.baseUrl}${url}`);
    const own = await (await api("/api/reports/coverage")).json();
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((r: { regionCode: string }) => r.regionCode === "433126")).toBe(true);
    // The region picker starts on the bureau's own county; the table shows its townships.
    await expect.poll(() => page.getByLabel("地区").inputValue()).toBe("433126");
    await expect.poll(() => page.locator("table").getByText(own.rows[0].township).first().isVisible()).toBe(true);
    expect((await api("/api/reports/coverage?regionCode=433123")).status()).toBe(404);
    await page.screenshot({ path: path.join(screenshots, "guzhang-coverage-phone.png"), fullPage: true });
    await page.close();
  });
});
