// Journey: a desk on a phone loses the network at a rural fair. Badge scans are queued on
// the device (only token, scan time and clientRequestId), replayed exactly once when the
// network returns, and the organisers' live screen follows without a reload.
import fs from "node:fs";
import path from "node:path";
import { type BadgeResponse, createSeededRandom, fairRoom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { type ApiSession, signInApi } from "../support/api-session.ts";
import { launchChromium } from "../support/browser.ts";
import { startDemoServer } from "../support/demo-server.ts";
import { readQueue, writeQueue } from "../support/desk-queue.ts";
import { writeQrVideo } from "../support/qr-video.ts";

const screenshots = path.join(PROJECT_ROOT, ".tmp", "screenshots");
const PHONE = { viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true } as const;
const WAIT = { timeout: 20_000, interval: 100 };
const random = createSeededRandom(Date.now() % 2 ** 31);

describe("journey: the fair desk survives a network cut", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let admin: ApiSession;

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

  /** Fresh seekers (never checked in anywhere) and their badges, prepared through the API. */
  async function registerSeekersWithBadges(count: number): Promise<BadgeResponse[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      // A generated number may already belong to one of the demo's thousands of people (409):
      // draw again, as a clerk would type the next person's card.
      let created: { status: number; body: { seeker: { id: string } } } | undefined;
      for (let attempt = 0; attempt < 5 && created?.status !== 201; attempt++) {
        const idNumber = generateIdNumber({ regionCode: "433126", birthDate: `1990-03-1${i}`, gender: i % 2 ? "MALE" : "FEMALE" }, random);
        created = await admin.post<{ seeker: { id: string } }>("/api/seekers", {
          name: ["向金花", "田大勇", "彭小燕", "龙光明", "张秀英"][i % 5],
          idNumber,
          phone: generatePhone(random),
          consent: true,
        });
      }
      expect(created?.status).toBe(201);
      ids.push(created!.body.seeker.id);
    }
    const batch = await admin.post<{ badges: BadgeResponse[] }>("/api/badges/batch", { seekerIds: ids });
    expect(batch.status).toBe(200);
    return batch.body.badges;
  }

  async function countCheckIns(): Promise<number> {
    const response = await admin.get<{ stats: { checkIns: number } }>(`/api/fairs/${demo.openFairId}/stats`);
    expect(response.status).toBe(200);
    return response.body.stats.checkIns;
  }

  async function signIn(page: Page, username: string, target: string) {
    await page.goto(`${demo.baseUrl}${target}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("xiezuo-demo");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === target);
  }

  /** What a handheld scanner does: types the QR content into the focused field and presses Enter. */
  async function scan(page: Page, token: string) {
    await page.getByLabel("扫码枪输入").fill(token);
    await page.getByLabel("扫码枪输入").press("Enter");
  }

  const liveCount = async (page: Page) => Number((await page.getByTestId("live-checkIns").textContent())?.replace(/,/g, ""));
  const resultKind = (page: Page) => page.getByTestId("checkin-result").getAttribute("data-kind");

  it("queues scans while offline, replays them once, and the live screen follows", async () => {
    const badges = await registerSeekersWithBadges(5);
    const [first, late, ...offline] = badges as [BadgeResponse, BadgeResponse, ...BadgeResponse[]];
    const before = await countCheckIns();

    // The organisers' screen, on a desktop, open before anything happens.
    const screenContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const screen = await screenContext.newPage();
    await signIn(screen, "admin", `/fairs/${demo.openFairId}/live`);
    await expect.poll(() => screen.getByTestId("live-connection").textContent(), WAIT).toContain("已连接");
    await expect.poll(() => liveCount(screen), WAIT).toBe(before);

    // The desk, on a phone.
    const deskContext: BrowserContext = await browser.newContext(PHONE);
    const desk = await deskContext.newPage();
    await signIn(desk, "staff", `/fairs/${demo.openFairId}/desk`);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("网络正常");

    // Online: a scan checks in at once and the screen shows it without a reload.
    await scan(desk, first.token);
    await expect.poll(() => resultKind(desk), WAIT).toBe("success");
    await expect
      .poll(() => desk.getByTestId("result-name").textContent(), WAIT)
      .toBe(`${first.seeker.name.at(0)}*${first.seeker.name.at(-1)}`);
    await expect.poll(() => liveCount(screen), WAIT).toBe(before + 1);
    await desk.screenshot({ path: path.join(screenshots, "desk-success-phone.png"), fullPage: true });

    // The same badge again is a duplicate, not a second arrival.
    await scan(desk, first.token);
    await expect.poll(() => resultKind(desk), WAIT).toBe("duplicate");

    // The network drops: scans keep being accepted and are queued on the device.
    await deskContext.setOffline(true);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("离线，已暂存 0 条");
    for (const [index, badge] of offline.entries()) {
      await scan(desk, badge.token);
      await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe(`离线，已暂存 ${index + 1} 条`);
      expect(await resultKind(desk)).toBe("queued");
    }
    // A badge scanned twice while offline is queued once.
    await scan(desk, offline[0]!.token);
    await expect.poll(() => desk.getByTestId("checkin-result").textContent(), WAIT).toContain("已在暂存队列中");

    // A typed ID number cannot be queued (it must never be stored): the desk says so.
    await desk.getByRole("tab", { name: "输入身份证号" }).click();
    const typedId = generateIdNumber({ regionCode: "433126", birthDate: "1985-07-07", gender: "MALE" }, random);
    const idInput = desk.getByRole("textbox", { name: "身份证号", exact: true });
    await idInput.fill(typedId);
    await idInput.press("Enter");
    await expect.poll(() => desk.getByTestId("checkin-result").textContent(), WAIT).toContain("网络已断开");
    expect(await idInput.inputValue()).toBe("");
    await desk.getByRole("tab", { name: "扫码签到" }).click();

    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe(`离线，已暂存 ${offline.length} 条`);
    expect(await desk.getByTestId("queue-list").getByRole("listitem").count()).toBe(offline.length);
    await desk.screenshot({ path: path.join(screenshots, "desk-offline-queue-phone.png"), fullPage: true });

    // On the device: exactly the three allowed fields, nothing personal.
    const queued = await readQueue(desk, demo.openFairId);
    expect(queued).toHaveLength(offline.length);
    for (const entry of queued) {
      expect(Object.keys(entry).sort()).toEqual(["badgeToken", "clientRequestId", "scannedAt"]);
      expect(entry.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number.isNaN(Date.parse(entry.scannedAt ?? ""))).toBe(false);
    }
    expect(queued.map((entry) => entry.badgeToken).sort()).toEqual(offline.map((badge) => badge.token).sort());
    expect(new Set(queued.map((entry) => entry.clientRequestId)).size).toBe(offline.length);
    expect(JSON.stringify(queued)).not.toContain(typedId);
    // Nothing reached the server while offline.
    expect(await countCheckIns()).toBe(before + 1);

    // The network returns: the queue is replayed, each arrival counted once.
    await deskContext.setOffline(false);
    await expect.poll(() => countCheckIns(), WAIT).toBe(before + 1 + offline.length);
    await expect.poll(async () => (await readQueue(desk, demo.openFairId)).length, WAIT).toBe(0);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("网络正常");
    await expect.poll(() => liveCount(screen), WAIT).toBe(before + 1 + offline.length);
    await screen.screenshot({ path: path.join(screenshots, "live-dashboard-desktop.png"), fullPage: true });

    // Replaying again adds nothing: put a replayed entry back, as if the tab had died between
    // the server's answer and the delete, then reload and go offline and online again.
    await writeQueue(desk, demo.openFairId, [queued[0]!]);
    await desk.reload();
    await expect.poll(() => desk.getByTestId("queue-headline").isVisible(), WAIT).toBe(true);
    await deskContext.setOffline(true);
    await deskContext.setOffline(false);
    await expect.poll(async () => (await readQueue(desk, demo.openFairId)).length, WAIT).toBe(0);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("网络正常");
    expect(await countCheckIns()).toBe(before + 1 + offline.length);
    expect(await liveCount(screen)).toBe(before + 1 + offline.length);

    // A screen that loses its connection catches up from the API: it misses the event of a
    // check-in made meanwhile (it has left the fair's room), then its sockets are dropped;
    // only the re-read after reconnecting can show the new figure.
    const live = demo.realtime.io.of("/live");
    live.socketsLeave(fairRoom(demo.openFairId));
    const missed = await admin.post(`/api/fairs/${demo.openFairId}/checkins`, {
      badgeToken: late.token,
      clientRequestId: crypto.randomUUID(),
    });
    expect(missed.status).toBe(201);
    live.disconnectSockets();
    await expect.poll(() => liveCount(screen), WAIT).toBe(before + 2 + offline.length);
    await expect.poll(() => screen.getByTestId("live-connection").textContent(), WAIT).toContain("已连接");

    await screenContext.close();
    await deskContext.close();
  }, 240_000);

  it("comes back after a reload without network, keeps queueing, and stores each scan exactly once", async () => {
    const badges = await registerSeekersWithBadges(3);
    const before = await countCheckIns();
    const deskContext = await browser.newContext(PHONE);
    const desk = await deskContext.newPage();
    await signIn(desk, "staff", `/fairs/${demo.openFairId}/desk`);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("网络正常");
    // The app shell is in the service worker's cache once the worker controls the page, and the
    // desk's offline copy (account, fair) is saved a moment after it loads.
    await expect.poll(() => desk.evaluate(() => navigator.serviceWorker.controller !== null), WAIT).toBe(true);
    await expect
      .poll(() => desk.evaluate((fairId) => (localStorage.getItem("xiezuo-offline-cache") ?? "").includes(fairId), demo.openFairId), WAIT)
      .toBe(true);

    // The network drops and the clerk reloads the page (as people do when something looks stuck).
    await deskContext.setOffline(true);
    await desk.reload();
    await expect.poll(() => desk.getByRole("heading", { name: "签到台", level: 1 }).isVisible(), WAIT).toBe(true);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("离线，已暂存 0 条");
    expect(await desk.getByText("暂时无法连接服务器").count()).toBe(0);
    await desk.screenshot({ path: path.join(screenshots, "desk-offline-reload-phone.png"), fullPage: true });

    for (const [index, badge] of badges.entries()) {
      await scan(desk, badge.token);
      await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe(`离线，已暂存 ${index + 1} 条`);
    }
    await scan(desk, badges[0]!.token);
    await expect.poll(() => desk.getByTestId("checkin-result").textContent(), WAIT).toContain("已在暂存队列中");
    expect(await countCheckIns()).toBe(before);

    // The network returns: the banner says so by itself and the queue goes up, once.
    await deskContext.setOffline(false);
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), { timeout: 40_000, interval: 200 }).toBe("网络正常");
    await expect.poll(() => countCheckIns(), WAIT).toBe(before + badges.length);
    // Another reload and another replay add nothing.
    await desk.reload();
    await expect.poll(() => desk.getByTestId("queue-headline").textContent(), WAIT).toBe("网络正常");
    expect(await countCheckIns()).toBe(before + badges.length);
    await deskContext.close();
  });

  it("reads a badge through the phone camera", async () => {
    const [badge] = (await registerSeekersWithBadges(1)) as [BadgeResponse];
    const before = await countCheckIns();
    const video = path.join(PROJECT_ROOT, ".tmp", `badge-camera-${process.pid}.y4m`);
    writeQrVideo(video, badge.token);
    const cameraBrowser = await launchChromium([
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const context = await cameraBrowser.newContext({ ...PHONE, permissions: ["camera"] });
      const desk = await context.newPage();
      await signIn(desk, "staff", `/fairs/${demo.openFairId}/desk`);
      await desk.getByRole("button", { name: "打开摄像头扫码" }).click();
      await expect.poll(() => resultKind(desk), WAIT).toBe("success");
      await desk.screenshot({ path: path.join(screenshots, "desk-camera-phone.png"), fullPage: true });
      expect(await countCheckIns()).toBe(before + 1);
      await context.close();
    } finally {
      await cameraBrowser.close();
      fs.rmSync(video, { force: true });
    }
  }, 120_000);
});
