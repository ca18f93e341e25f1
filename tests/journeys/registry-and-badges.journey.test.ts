// Journey: the bureau imports its household registry (with a few bad rows), registers a
// seeker and prints badges; at the desk an unknown person is registered on the spot and
// checked in. ID numbers never appear in a URL or in browser storage.
import fs from "node:fs";
import path from "node:path";
import { createSeededRandom, generateIdNumber, generatePhone, maskIdNumber } from "@xiezuo/contracts";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { type ApiSession, signInApi } from "../support/api-session.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const WAIT = { timeout: 20_000, interval: 100 };
const random = createSeededRandom((Date.now() + 7) % 2 ** 31);

/** A registry file: `good` valid households, then three rows with one mistake each. */
function buildRegistryCsv(prefix: string, good: number): string {
  const lines = ["householdCode,regionCode,township,village,povertyStatus,labourCapableMembers"];
  const statuses = ["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE"];
  for (let i = 0; i < good; i++) lines.push(`${prefix}-${String(i).padStart(5, "0")},433126,古阳镇,坪坝村,${statuses[i % 4]},${i % 4}`);
  lines.push(`${prefix}-bad-1,43312,古阳镇,坪坝村,LIFTED,1`);
  lines.push(`${prefix}-bad-2,433126,古阳镇,坪坝村,POOR,1`);
  lines.push(`${prefix}-bad-3,433126,古阳镇,坪坝村,NONE,-1`);
  return `${lines.join("\r\n")}\r\n`;
}

describe("journey: household registry, seekers and badges", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let admin: ApiSession;
  const requestedUrls: string[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    admin = await signInApi(demo.baseUrl, "admin", "xiezuo-demo");
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  async function openSignedIn(username: string, target: string, viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: "zh-CN", acceptDownloads: true });
    const page = await context.newPage();
    page.on("request", (request) => requestedUrls.push(request.url()));
    await page.goto(`${demo.baseUrl}${target}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === target);
    return page;
  }

  it("imports the registry, lists the bad rows, and a second import changes nothing", async () => {
    const page = await openSignedIn("admin", "/households", { width: 1280, height: 900 });
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载模板（CSV）" }).click();
    const template = fs.readFileSync((await (await download).path()) ?? "", "utf8");
    expect(template.startsWith("\uFEFF户编号,行政区划代码,乡镇,村,家庭类别,有劳动力人数\r\n")).toBe(true);

    const prefix = `JT${Date.now().toString(36)}`;
    const file = path.join(PROJECT_ROOT, ".tmp", `${prefix}.csv`);
    fs.writeFileSync(file, buildRegistryCsv(prefix, 1500));
    try {
      await page.getByLabel("选择名册文件").setInputFiles(file);
      await page.getByRole("button", { name: "开始导入" }).click();
      await expect.poll(() => page.getByTestId("import-imported").textContent(), WAIT).toBe("1,500");
      expect(await page.getByTestId("import-rejected").textContent()).toBe("3");
      const rejects = page.getByRole("table", { name: "未导入的行和原因" });
      expect(await rejects.getByRole("rowheader").allTextContents()).toEqual(["第 1502 行", "第 1503 行", "第 1504 行"]);
      await page.screenshot({ path: path.join(screenshots, "households-import-desktop.png"), fullPage: true });

      await page.getByLabel("选择名册文件").setInputFiles(file);
      await page.getByRole("button", { name: "开始导入" }).click();
      await expect.poll(() => page.getByTestId("import-unchanged").textContent(), WAIT).toBe("1,500");
      expect(await page.getByTestId("import-imported").textContent()).toBe("0");
    } finally {
      fs.rmSync(file, { force: true });
    }

    // The list finds them by code prefix.
    await page.getByLabel("户编号").fill(prefix);
    await page.getByRole("button", { name: "查找" }).click();
    await expect.poll(() => page.getByText("共 1,500 户").isVisible(), WAIT).toBe(true);
    await page.context().close();
  }, 120_000);

  it("registers a seeker, shows the badge and prints a sheet", async () => {
    const page = await openSignedIn("staff", "/seekers", { width: 390, height: 844 });
    const idNumber = generateIdNumber({ regionCode: "433126", birthDate: "1992-08-08", gender: "FEMALE" }, random);
    // A wrong check digit is explained before anything is sent.
    const wrong = `${idNumber.slice(0, 17)}${idNumber.endsWith("0") ? "1" : "0"}`;
    const form = page.getByRole("form", { name: "登记求职者" });
    await form.getByLabel("姓名").fill("彭秀兰");
    await form.getByLabel("身份证号").fill(wrong);
    await form.getByLabel("手机号").fill(generatePhone(random));
    await form.getByLabel("本人已同意登记").check();
    await form.getByRole("button", { name: "登记" }).click();
    await expect.poll(() => form.getByText("校验码不正确").isVisible(), WAIT).toBe(true);

    await form.getByLabel("身份证号").fill(idNumber);
    await form.getByRole("button", { name: "登记" }).click();
    await expect.poll(() => page.getByText("已登记「彭秀兰」。").isVisible(), WAIT).toBe(true);
    expect(await form.getByLabel("身份证号").inputValue()).toBe("");

    // Search by the full ID number goes in a POST body and finds her, masked.
    await page.getByLabel("按姓名或身份证号查找").fill(idNumber);
    await page.getByRole("button", { name: "查找" }).click();
    await expect.poll(() => page.getByRole("cell", { name: maskIdNumber(idNumber) }).isVisible(), WAIT).toBe(true);
    await page.screenshot({ path: path.join(screenshots, "seekers-phone.png"), fullPage: true });

    await page.getByRole("link", { name: "查看并打印胸牌" }).click();
    await expect.poll(() => page.getByRole("img", { name: "彭秀兰的签到二维码" }).isVisible(), WAIT).toBe(true);
    await page.screenshot({ path: path.join(screenshots, "seeker-detail-phone.png"), fullPage: true });
    await page.getByRole("link", { name: "打印胸牌" }).click();
    await page.waitForURL(/\/seekers\/badges\?ids=/);
    await expect.poll(() => page.getByTestId("badge-page").count(), WAIT).toBe(1);
    expect(await page.getByTestId("badge-page").getByRole("article").count()).toBe(1);

    // Ten people fill one A4 sheet of eight and start a second.
    const listed = await admin.get<{ seekers: { id: string }[] }>("/api/seekers?limit=10");
    await page.goto(`${demo.baseUrl}/seekers/badges?ids=${listed.body.seekers.map((seeker) => seeker.id).join(",")}`);
    await expect.poll(() => page.getByTestId("badge-page").count(), WAIT).toBe(2);
    expect(await page.getByTestId("badge-page").nth(0).getByRole("article").count()).toBe(8);
    expect(await page.getByTestId("badge-page").nth(1).getByRole("article").count()).toBe(2);
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.screenshot({ path: path.join(screenshots, "badge-sheet-desktop.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: path.join(screenshots, "badge-sheet-print.png"), fullPage: true });

    expect(requestedUrls.some((url) => url.includes(idNumber) || url.includes(wrong))).toBe(false);
    // The staff device keeps only its offline cache (its own account, public fair facts):
    // nothing about the seeker it just registered.
    const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
    expect(storage.session).toEqual({});
    expect(Object.keys(storage.local).filter((key) => key !== "xiezuo-offline-cache")).toEqual([]);
    const kept = JSON.stringify(storage.local);
    for (const secret of [idNumber, idNumber.slice(-4), maskIdNumber(idNumber), "彭秀兰"]) expect(kept).not.toContain(secret);
    await page.context().close();
  }, 120_000);

  it("registers an unknown person at the desk and checks them in", async () => {
    const page = await openSignedIn("staff", `/fairs/${demo.openFairId}/desk`, { width: 390, height: 844 });
    const before = (await admin.get<{ stats: { checkIns: number } }>(`/api/fairs/${demo.openFairId}/stats`)).body.stats.checkIns;
    const idNumber = generateIdNumber({ regionCode: "433101", birthDate: "1979-11-23", gender: "MALE" }, random);

    await page.getByRole("tab", { name: "输入身份证号" }).click();
    const idInput = page.getByRole("textbox", { name: "身份证号", exact: true });
    await idInput.fill(idNumber);
    await idInput.press("Enter");

    const form = page.getByRole("form", { name: "现场登记" });
    await expect.poll(() => form.isVisible(), WAIT).toBe(true);
    expect(await form.getByLabel("身份证号").inputValue()).toBe(idNumber);
    await form.getByLabel("姓名").fill("石永清");
    await form.getByLabel("手机号").fill(generatePhone(random));
    await form.getByLabel("本人已同意登记").check();
    await page.screenshot({ path: path.join(screenshots, "desk-register-phone.png"), fullPage: true });
    await form.getByRole("button", { name: "登记并签到" }).click();

    await expect.poll(() => page.getByTestId("checkin-result").getAttribute("data-kind"), WAIT).toBe("success");
    expect(await page.getByTestId("result-name").textContent()).toBe("石*清");
    expect((await admin.get<{ stats: { checkIns: number } }>(`/api/fairs/${demo.openFairId}/stats`)).body.stats.checkIns).toBe(before + 1);
    expect(requestedUrls.some((url) => url.includes(idNumber))).toBe(false);
    await page.context().close();
  }, 120_000);
});
