// Journey: Guzhang's bureau sends hired workers to Jinan by bus. The transfer is planned on a
// phone, people are added from the hired list, two board by the number on their ID card, the
// network drops at the bus door and one more boards by badge (queued on the phone: token, scan
// time, clientRequestId only), the queue goes up once when the network returns, the transfer's
// page follows live, and the departure turns who never came into no-shows.
import fs from "node:fs";
import path from "node:path";
import { type BadgeResponse, createSeededRandom, generateIdNumber, type TransferDetail } from "@xiezuo/contracts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { type ApiSession, signInApi } from "../support/api-session.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const PHONE = { viewport: { width: 375, height: 812 }, locale: "zh-CN", isMobile: true, hasTouch: true } as const;
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: "zh-CN" } as const;
const WAIT = { timeout: 20_000, interval: 100 };
const random = createSeededRandom(Date.now() % 2 ** 31);

/** The boarding desk's queue on the device (features/transfers/use-boarding-queue.ts). */
function readBoardingQueue(page: Page, transferId: string): Promise<Record<string, string>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, string>[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("pending")) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction("pending", "readonly").objectStore("pending").getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Record<string, string>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    `xiezuo-boarding-queue:${transferId}`,
  );
}

describe("journey: a transfer boards at the bus door, offline too", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let guzhang: ApiSession;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    guzhang = await signInApi(demo.baseUrl, "guzhang", "xiezuo-demo");
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  async function signIn(context: BrowserContext, target: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}${target}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill("guzhang");
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === target);
    return page;
  }

  async function readTransfer(id: string): Promise<TransferDetail> {
    const response = await guzhang.get<{ transfer: TransferDetail }>(`/api/transfers/${id}`);
    expect(response.status).toBe(200);
    return response.body.transfer;
  }

  const resultKind = (page: Page) => page.getByTestId("boarding-result").getAttribute("data-kind");
  const figure = async (page: Page, field: string) => Number((await page.getByTestId(`count-${field}`).textContent())?.replace(/,/g, ""));

  async function typeIdNumber(page: Page, idNumber: string) {
    const input = page.getByRole("textbox", { name: "身份证号", exact: true });
    await input.fill(idNumber);
    await input.press("Enter");
  }

  it("plans, lists, boards online and offline exactly once, and departs", async () => {
    // Planning, on a phone.
    const phone = await browser.newContext(PHONE);
    const planner = await signIn(phone, "/transfers");
    await planner.getByRole("button", { name: "计划新的输出" }).click();
    await planner.getByLabel("名称", { exact: true }).fill("春风行动·赴济南务工专车");
    await planner.getByLabel("出发时间").fill("2030-03-02T07:30");
    await planner.getByLabel("交通方式").selectOption("BUS");
    await planner.getByLabel("目的地").selectOption("370100");
    await planner.screenshot({ path: path.join(screenshots, "transfer-plan-phone.png"), fullPage: true });
    await planner.getByRole("button", { name: "保存计划" }).click();
    await planner.waitForURL(/\/transfers\/[0-9a-f-]{36}$/);
    const transferId = new URL(planner.url()).pathname.split("/").at(-1)!;
    await expect.poll(() => planner.getByRole("heading", { name: "春风行动·赴济南务工专车" }).isVisible(), WAIT).toBe(true);

    // 从已录用名单添加: everyone hired in Guzhang's area, in one go.
    const candidates = await guzhang.get<{ candidates: { id: string }[] }>(`/api/transfers/${transferId}/candidates`);
    expect(candidates.status).toBe(200);
    const hired = candidates.body.candidates.length;
    expect(hired).toBeGreaterThanOrEqual(4);
    await planner.getByRole("button", { name: "从已录用名单添加" }).click();
    const dialog = planner.getByRole("dialog", { name: "从已录用名单添加" });
    await dialog.getByRole("checkbox", { name: `全选（共 ${hired} 人）` }).check();
    await planner.screenshot({ path: path.join(screenshots, "transfer-candidates-phone.png") });
    await dialog.getByRole("button", { name: `添加 ${hired} 人` }).click();
    await expect.poll(() => planner.getByRole("status").filter({ hasText: "已添加" }).textContent(), WAIT).toContain(`已添加 ${hired} 人`);
    await expect.poll(() => planner.getByTestId("transfer-member").count(), WAIT).toBe(hired);
    await expect.poll(() => figure(planner, "listed"), WAIT).toBe(hired);
    await planner.screenshot({ path: path.join(screenshots, "transfer-listed-phone.png") });

    // Who will board: two by their ID card's number, one by badge while offline.
    const members = (await readTransfer(transferId)).members;
    expect(members).toHaveLength(hired);
    const [first, second, third] = members as [TransferDetail["members"][number], ...TransferDetail["members"]];
    const rows = await demo.db.seeker.findMany({
      where: { id: { in: [first.seekerId, second!.seekerId] } },
      select: { id: true, idNumberCipher: true },
    });
    const idNumberOf = (seekerId: string) => demo.fieldCrypto.decrypt(rows.find((row) => row.id === seekerId)!.idNumberCipher);
    const badges = await guzhang.post<{ badges: BadgeResponse[] }>("/api/badges/batch", { seekerIds: [third!.seekerId] });
    expect(badges.status).toBe(200);
    const badge = badges.body.badges[0]!;

    // The transfer's page on the office screen, open while the desk works.
    const office = await browser.newContext(DESKTOP);
    const screen = await signIn(office, `/transfers/${transferId}`);
    await expect.poll(() => screen.getByTestId("transfer-connection").textContent(), WAIT).toContain("人数实时更新");
    await expect.poll(() => figure(screen, "boarded"), WAIT).toBe(0);

    // The boarding desk, on the phone.
    await planner.getByRole("link", { name: "上车登记" }).click();
    await planner.waitForURL(`**/transfers/${transferId}/boarding`);
    const desk = planner;
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("网络正常");
    await desk.getByRole("tab", { name: "输入身份证号" }).click();
    const urls: string[] = [];
    desk.on("request", (request) => urls.push(request.url()));

    await typeIdNumber(desk, idNumberOf(first.seekerId));
    await expect.poll(() => resultKind(desk), WAIT).toBe("boarded");
    await expect
      .poll(() => desk.getByTestId("boarding-name").textContent(), WAIT)
      .toBe(`${first.seeker.name.at(0)}*${first.seeker.name.at(-1)}`);
    await expect.poll(() => figure(screen, "boarded"), WAIT).toBe(1);
    await typeIdNumber(desk, idNumberOf(second!.seekerId).toLowerCase());
    await expect.poll(() => desk.getByTestId("boarding-result").textContent(), WAIT).toContain(second!.seeker.idNumberMasked);
    expect(await resultKind(desk)).toBe("boarded");
    await desk.screenshot({ path: path.join(screenshots, "transfer-boarded-phone.png"), fullPage: true });

    // The same person again is 已上车, not a second boarding; a stranger is refused loudly.
    await typeIdNumber(desk, idNumberOf(first.seekerId));
    await expect.poll(() => resultKind(desk), WAIT).toBe("duplicate");
    await typeIdNumber(desk, generateIdNumber({ regionCode: "433126", birthDate: "1988-08-08", gender: "MALE" }, random));
    await expect.poll(() => resultKind(desk), WAIT).toBe("not-on-manifest");
    expect(await desk.getByTestId("boarding-result").textContent()).toContain("不在名单上");
    await desk.screenshot({ path: path.join(screenshots, "transfer-not-on-manifest-phone.png"), fullPage: true });
    expect((await readTransfer(transferId)).counts).toMatchObject({ listed: hired - 2, boarded: 2 });
    await expect.poll(() => figure(screen, "boarded"), WAIT).toBe(2);
    // ID numbers travel in request bodies only.
    expect(urls.some((url) => url.toUpperCase().includes(idNumberOf(first.seekerId).toUpperCase()))).toBe(false);

    // The network drops at the bus door: the badge is queued on the phone.
    await phone.setOffline(true);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("离线，已暂存 0 条");
    await desk.getByRole("tab", { name: "扫码上车" }).click();
    await desk.getByLabel("扫码枪输入").fill(badge.token);
    await desk.getByLabel("扫码枪输入").press("Enter");
    await expect.poll(() => resultKind(desk), WAIT).toBe("queued");
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("离线，已暂存 1 条");
    // Scanned twice while offline: still one entry.
    await desk.getByLabel("扫码枪输入").fill(badge.token);
    await desk.getByLabel("扫码枪输入").press("Enter");
    await expect.poll(() => desk.getByTestId("boarding-result").textContent(), WAIT).toContain("已在暂存队列中");
    await desk.screenshot({ path: path.join(screenshots, "transfer-offline-queue-phone.png"), fullPage: true });
    const queued = await readBoardingQueue(desk, transferId);
    expect(queued).toHaveLength(1);
    expect(Object.keys(queued[0]!).sort()).toEqual(["badgeToken", "clientRequestId", "scannedAt"]);
    expect(queued[0]!.badgeToken).toBe(badge.token);
    expect((await readTransfer(transferId)).counts.boarded).toBe(2);

    // Back online: the queue goes up once, and the office screen follows without a reload.
    await phone.setOffline(false);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), { timeout: 40_000, interval: 200 }).toBe("网络正常");
    await expect
      .poll(async () => (await readTransfer(transferId)).counts, WAIT)
      .toEqual({
        listed: hired - 3,
        boarded: 3,
        arrived: 0,
        noShow: 0,
        exceptions: 0,
      });
    expect(await readBoardingQueue(desk, transferId)).toHaveLength(0);
    await expect.poll(() => figure(screen, "boarded"), WAIT).toBe(3);
    await expect.poll(() => figure(screen, "listed"), WAIT).toBe(hired - 3);
    // The replay, sent again with its clientRequestId (an answer lost on the way), is a duplicate.
    const replay = await guzhang.post<{ duplicate: boolean }>(`/api/transfers/${transferId}/boardings`, {
      badgeToken: queued[0]!.badgeToken,
      clientRequestId: queued[0]!.clientRequestId,
      scannedAt: queued[0]!.scannedAt,
    });
    expect(replay.status).toBe(200);
    expect(replay.body.duplicate).toBe(true);
    expect((await readTransfer(transferId)).counts.boarded).toBe(3);
    await screen.screenshot({ path: path.join(screenshots, "transfer-live-desktop.png") });

    // 发车: the dialog says who becomes a no-show.
    await screen.getByRole("button", { name: "发车" }).click();
    const depart = screen.getByRole("dialog", { name: "确认发车？" });
    expect(await depart.textContent()).toContain(`还有 ${hired - 3} 人没有上车`);
    expect(await depart.textContent()).toContain("未到场");
    await depart.getByRole("button", { name: "确认发车" }).click();
    await expect.poll(() => screen.getByTestId("transfer-status").textContent(), WAIT).toBe("已出发");
    await expect.poll(() => figure(screen, "noShow"), WAIT).toBe(hired - 3);
    expect(await figure(screen, "listed")).toBe(0);
    expect(await figure(screen, "boarded")).toBe(3);
    const departed = await readTransfer(transferId);
    expect(departed.status).toBe("DEPARTED");
    expect(departed.counts).toEqual({ listed: 0, boarded: 3, arrived: 0, noShow: hired - 3, exceptions: 0 });

    // At the door, a desk opened after the departure has registration closed; a late scan that
    // still reaches the server (another phone, a replay tool) is refused there too.
    await desk.reload();
    await expect.poll(() => desk.getByText("已发车，不能再登记上车").isVisible(), WAIT).toBe(true);
    expect(await desk.getByRole("tab", { name: "输入身份证号" }).count()).toBe(0);
    const noShow = members[3]!;
    const late = await guzhang.post(`/api/transfers/${transferId}/boardings`, {
      seekerId: noShow.seekerId,
      clientRequestId: `late-${noShow.seekerId.slice(0, 8)}`,
    });
    expect(late.status).toBe(409);
    expect((await readTransfer(transferId)).counts.boarded).toBe(3);

    // On arrival, the office confirms one of those who travelled.
    const arrivedRow = screen
      .getByTestId("transfer-member")
      .filter({ hasText: first.seeker.name })
      .filter({ hasText: first.seeker.idNumberMasked });
    await arrivedRow.getByRole("button", { name: /到达确认/ }).click();
    await screen.getByRole("dialog", { name: "到达确认" }).getByRole("button", { name: "确认到达" }).click();
    await expect.poll(() => figure(screen, "arrived"), WAIT).toBe(1);
    await screen.screenshot({ path: path.join(screenshots, "transfer-departed-desktop.png") });
    expect((await readTransfer(transferId)).counts).toEqual({ listed: 0, boarded: 2, arrived: 1, noShow: hired - 3, exceptions: 0 });

    await office.close();
    await phone.close();
  }, 240_000);
});
