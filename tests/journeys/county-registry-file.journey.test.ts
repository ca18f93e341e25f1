// Journey: a county clerk downloads the registry template from the households page, fills
// it in a spreadsheet program on Chinese Windows (which saves CSV as GBK, with a title row
// added above the header), uploads it and sees the households imported. A file saved in an
// encoding the import cannot read is refused with the server's advice on the page.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { saveAsGbkCsv } from "../../apps/api/src/lib/spreadsheet/testing/spreadsheet-save.ts";
import { type ApiSession, signInApi } from "../support/api-session.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const WAIT = { timeout: 20_000, interval: 100 };

interface HouseholdList {
  households: { code: string; povertyStatus: string; village: string; labourCapableMembers: number }[];
}

describe("journey: the template, filled in Excel and saved as GBK, imports", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let admin: ApiSession;
  const files: string[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    admin = await signInApi(demo.baseUrl, "admin", "xiezuo-demo");
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    for (const file of files) fs.rmSync(file, { force: true });
    await browser?.close();
    await demo?.stop();
  });

  async function openHouseholdsAsAdmin(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/households`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === "/households");
    return page;
  }

  async function download(page: Page, linkName: string): Promise<Buffer> {
    const event = page.waitForEvent("download");
    await page.getByRole("link", { name: linkName }).click();
    return fs.readFileSync((await (await event).path()) ?? "");
  }

  function writeUpload(name: string, data: Buffer): string {
    const file = path.join(PROJECT_ROOT, ".tmp", name);
    fs.writeFileSync(file, data);
    files.push(file);
    return file;
  }

  it("downloads the template, fills three households, saves it as GBK with a title row, and imports them", async () => {
    const page = await openHouseholdsAsAdmin();
    // The page says which columns and which files it takes.
    await expect.poll(() => page.getByText(/GBK 编码/).isVisible(), WAIT).toBe(true);

    const workbook = await download(page, "下载模板（Excel）");
    expect(workbook.subarray(0, 2).toString("latin1")).toBe("PK");
    const template = (await download(page, "下载模板（CSV）")).toString("utf8");
    expect(template.startsWith("\uFEFF户编号,行政区划代码,乡镇,村,家庭类别,有劳动力人数\r\n")).toBe(true);

    // What the clerk does in Excel: a title above the header, three households below the
    // examples, then "另存为 CSV（逗号分隔）", which writes GBK on Chinese Windows.
    const prefix = `GZ${Date.now().toString(36)}`;
    const filled = [
      "古丈县农户名册,,,,,",
      template.replace(/^\uFEFF/, "").trimEnd(),
      `${prefix}-0001,433126,古阳镇,坪坝村,建档立卡户,2`,
      `${prefix}-0002,433126,默戎镇,龙鼻村,脱贫户,1`,
      `${prefix}-0003,433126,红石林镇,坐苦坝村,防返贫监测户,3`,
    ].join("\r\n");
    const file = writeUpload(`${prefix}-古丈县农户名册.csv`, saveAsGbkCsv(`${filled}\r\n`));
    expect(fs.readFileSync(file).includes(Buffer.from("户编号", "utf8"))).toBe(false);

    await page.getByLabel("选择名册文件").setInputFiles(file);
    await page.getByRole("button", { name: "开始导入" }).click();
    await expect.poll(() => page.getByTestId("import-imported").textContent(), WAIT).toBe("3");
    expect(await page.getByTestId("import-rejected").textContent()).toBe("0");
    await page.screenshot({ path: path.join(screenshots, "households-import-gbk-desktop.png"), fullPage: true });

    const listed = await admin.get<HouseholdList>(`/api/households?code=${prefix}`);
    expect(listed.body.households.map((h) => [h.code, h.povertyStatus, h.village, h.labourCapableMembers]).sort()).toEqual([
      [`${prefix}-0001`, "REGISTERED_POOR", "坪坝村", 2],
      [`${prefix}-0002`, "LIFTED", "龙鼻村", 1],
      [`${prefix}-0003`, "MONITORED", "坐苦坝村", 3],
    ]);

    // The list on the page shows them with the same category words.
    await page.getByLabel("户编号").fill(prefix);
    await page.getByRole("button", { name: "查找" }).click();
    await expect.poll(() => page.getByText("共 3 户").isVisible(), WAIT).toBe(true);
    expect(
      await page
        .getByRole("row")
        .filter({ hasText: `${prefix}-0002` })
        .getByText("脱贫户")
        .isVisible(),
    ).toBe(true);
    await page.context().close();
  }, 120_000);

  it("shows the server's advice when a file is saved in an encoding it cannot read", async () => {
    const page = await openHouseholdsAsAdmin();
    // UTF-16 without a byte-order mark: what some tools write as "Unicode".
    const file = writeUpload(`utf16-${Date.now()}.csv`, Buffer.from("户编号,行政区划代码,乡镇,村,家庭类别,有劳动力人数\r\n", "utf16le"));
    await page.getByLabel("选择名册文件").setInputFiles(file);
    await page.getByRole("button", { name: "开始导入" }).click();
    const refused = page.getByTestId("import-refused");
    await expect.poll(() => refused.isVisible(), WAIT).toBe(true);
    expect(await refused.textContent()).toContain("请在 Excel 或 WPS 中“另存为” CSV（逗号分隔）或 Excel 工作簿 (.xlsx) 后再上传");
    await page.screenshot({ path: path.join(screenshots, "households-import-refused-desktop.png"), fullPage: true });
    await page.context().close();
  }, 120_000);
});
