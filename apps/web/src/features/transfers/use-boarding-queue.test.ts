import { describe, expect, it } from "vitest";
import { getBoardingQueueDbName } from "./use-boarding-queue.ts";

describe("getBoardingQueueDbName", () => {
  it("keeps each transfer's queue apart from the fair desks' queues", () => {
    expect(getBoardingQueueDbName("t-1")).toBe("xiezuo-boarding-queue:t-1");
    expect(getBoardingQueueDbName("t-1")).not.toMatch(/^xiezuo-checkin-queue:/);
  });
});
