// Journey: the labour-bureau officer registers an employer, creates a fair, invites the
// employer to a booth, opens the fair and closes it again.
import fs from "node:fs";
import path from "node:path";
import { createSeededRandom, generateCreditCode } from "@xiezuo/contracts";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
/** Pages load and the API answers in their own time, slower on a busy machine: wait for conditions. */
const UI_WAIT = { timeout: 20_000, interval: 100 };
const EMPLOYER = "湘西州测试建设有限公司";
const FAIR = "2026 春风行动·古丈县返乡创业就业专场";

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

describe("journey: the bureau organises a fair", () => {
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

  it("registers an employer, creates a fair, invites it to a booth, opens and closes the fair", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/login`);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/fairs$/);

    // Register an employer: a taken credit code and a wrong check character are explained.
    await page.getByRole("link", { name: "用工企业" }).click();
    await page.waitForURL(/\/employers$/);
    const taken = await demo.db.employer.findFirstOrThrow({ select: { creditCode: true } });
    const code = generateCreditCode(createSeededRandom(20260301));
    await page.getByLabel("企业全称").fill(EMPLOYER);
    await page.getByLabel("统一社会信用代码").fill(taken.creditCode);
    await page.getByLabel("单位类型").selectOption("PRIVATE");
    await page.getByLabel("所在地区划代码").fill("433101");
    await page.getByLabel("所在城市").fill("吉首");
    await page.getByRole("button", { name: "登记企业" }).click();
    await page.getByText("这个统一社会信用代码已经登记过了").first().waitFor();
    expect(await page.getByLabel("统一社会信用代码").getAttribute("aria-invalid")).toBe("true");

    const wrongCheck = `${code.slice(0, 17)}${code.at(-1) === "0" ? "1" : "0"}`;
    await page.getByLabel("统一社会信用代码").fill(wrongCheck);
    await page.getByRole("button", { name: "登记企业" }).click();
    await page.getByText("校验码不正确").waitFor();

    await page.getByLabel("统一社会信用代码").fill(code);
    await page.getByRole("button", { name: "登记企业" }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole("status")
            .filter({ hasText: `已登记「${EMPLOYER}」` })
            .count(),
        UI_WAIT,
      )
      .toBe(1);
    await page.getByRole("rowheader", { name: EMPLOYER }).waitFor();
    await shoot(page, "employers-desktop");

    // Create a fair (times are Beijing time whatever the browser's zone).
    await page.getByRole("link", { name: "招聘会", exact: true }).click();
    await page.getByRole("link", { name: /新建招聘会/ }).click();
    await page.waitForURL(/\/fairs\/new$/);
    await page.getByLabel("招聘会名称").fill(FAIR);
    await page.getByLabel("举办地点").fill("古丈县人力资源市场");
    await page.getByLabel("开始时间").fill("2026-03-01T09:00");
    await page.getByLabel("结束时间").fill("2026-03-01T15:30");
    // Regions are picked by name from the list, not typed as codes.
    await page.getByLabel("举办地", { exact: true }).selectOption({ label: "　　古丈县" });
    await page.getByLabel(/协作地/).selectOption({ label: "　济南市" });
    await page.getByRole("button", { name: "创建招聘会" }).click();
    await page.waitForURL(/\/fairs\/[0-9a-f-]{36}$/);
    const fairId = page.url().split("/").at(-1) ?? "";
    await page.getByRole("heading", { level: 1, name: FAIR }).waitFor();
    expect(await page.getByText("招聘会已创建").isVisible()).toBe(true);
    const created = await demo.db.fair.findUniqueOrThrow({ where: { id: fairId } });
    expect(created.status).toBe("DRAFT");
    expect(created.startsAt.toISOString()).toBe("2026-03-01T01:00:00.000Z");
    expect(created).toMatchObject({ hostRegionCode: "433126", partnerRegionCode: "370100" });

    // Invite the new employer to booth B07.
    const invite = page.locator("form.invite-form");
    await invite.getByLabel("按企业名称查找").fill("湘西州测试");
    await expect.poll(() => invite.getByLabel("选择企业").locator("option", { hasText: EMPLOYER }).count(), UI_WAIT).toBe(1);
    await invite.getByLabel("选择企业").selectOption({ label: `${EMPLOYER}（吉首）` });
    await invite.getByLabel(/展位号/).fill("B07");
    await invite.getByRole("button", { name: "邀请参会" }).click();
    await expect.poll(() => invite.getByRole("status").textContent(), UI_WAIT).toBe(`已邀请「${EMPLOYER}」参会，展位 B07`);
    const row = page.locator(".fair-employers tbody tr", { hasText: EMPLOYER });
    await expect.poll(() => row.count(), UI_WAIT).toBe(1);
    expect(await row.locator("td").first().textContent()).toBe("B07");

    // Open the fair, then close it; each asks first. Moved to next week, opening it now is
    // early: the dialog wants a second, explicit yes before it lets the fair open.
    const nextWeek = Date.now() + 6 * 86_400_000;
    await demo.db.fair.update({
      where: { id: fairId },
      data: { startsAt: new Date(nextWeek), endsAt: new Date(nextWeek + 6 * 3_600_000) },
    });
    await page.reload();
    await page.getByRole("button", { name: "开始招聘会" }).click();
    const dialog = page.getByRole("dialog", { name: "现在开始这场招聘会？" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("还有 6 天才开始");
    expect(await dialog.getByRole("button", { name: "开始招聘会" }).isDisabled()).toBe(true);
    await dialog.getByLabel("我确认现在就提前开始").check();
    await shoot(page, "fair-open-dialog-desktop");
    await dialog.getByRole("button", { name: "开始招聘会" }).click();
    await page.getByText("招聘会已开始。").waitFor();
    await expect.poll(async () => (await demo.db.fair.findUniqueOrThrow({ where: { id: fairId } })).status, UI_WAIT).toBe("OPEN");

    await page.getByRole("button", { name: "结束招聘会" }).click();
    const closeDialog = page.getByRole("dialog", { name: "结束这场招聘会？" });
    // Cancelling changes nothing.
    await closeDialog.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => closeDialog.count(), UI_WAIT).toBe(0);
    expect((await demo.db.fair.findUniqueOrThrow({ where: { id: fairId } })).status).toBe("OPEN");
    await page.getByRole("button", { name: "结束招聘会" }).click();
    await page.getByRole("dialog", { name: "结束这场招聘会？" }).getByRole("button", { name: "结束招聘会" }).click();
    await page.getByText("招聘会已结束。").waitFor();
    expect((await demo.db.fair.findUniqueOrThrow({ where: { id: fairId } })).status).toBe("CLOSED");
    // A closed fair has no next step; the page shows its new status once read again.
    await expect.poll(() => page.getByRole("button", { name: "结束招聘会" }).count(), UI_WAIT).toBe(0);
    await page.locator(".fair-detail__header .badge", { hasText: "已结束" }).waitFor();
    await shoot(page, "fair-admin-desktop");

    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, "fair-admin-phone");
    await context.close();
  });
});
