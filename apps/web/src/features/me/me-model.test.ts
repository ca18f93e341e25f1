import type { MyFair, MyIntent, MyMatch } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  applyIntentUpdate,
  buildMatchSpeech,
  describeInterestAnswer,
  describeStatusChange,
  findIntentForPosition,
  pickInterestFairId,
  sortIntents,
  sortMyFairs,
} from "./me-model.ts";

const FAIR_OPEN = "00000000-0000-4000-8000-000000000001";
const FAIR_CLOSED = "00000000-0000-4000-8000-000000000002";
const POSITION = "00000000-0000-4000-8000-0000000000a1";

function fair(fairId: string, status: MyFair["status"], startsAt: string): MyFair {
  return {
    fairId,
    title: `招聘会 ${fairId.slice(-1)}`,
    venue: "吉首",
    startsAt,
    endsAt: startsAt,
    status,
    registeredAt: "2026-01-01T00:00:00.000Z",
    checkedInAt: null,
  };
}

function intent(id: string, patch: Partial<MyIntent> = {}): MyIntent {
  return {
    id,
    positionId: POSITION,
    fairId: FAIR_OPEN,
    status: "INTENDED",
    createdAt: "2026-03-01T08:00:00.000Z",
    updatedAt: "2026-03-01T08:00:00.000Z",
    position: { title: "焊工", employerName: "中国重汽", city: "济南" },
    ...patch,
  };
}

describe("pickInterestFairId", () => {
  it("names only one of my fairs that is open and has the position", () => {
    const mine = [fair(FAIR_CLOSED, "CLOSED", "2025-05-01T00:00:00.000Z"), fair(FAIR_OPEN, "OPEN", "2026-05-01T00:00:00.000Z")];
    expect(pickInterestFairId([FAIR_CLOSED, FAIR_OPEN], mine)).toBe(FAIR_OPEN);
    expect(pickInterestFairId([FAIR_CLOSED], mine)).toBeUndefined();
    expect(pickInterestFairId([FAIR_OPEN], [])).toBeUndefined();
  });
});

describe("describeInterestAnswer", () => {
  it("tells a first interest and a repeat apart", () => {
    expect(describeInterestAnswer({ duplicate: false })).toContain("已告诉企业您感兴趣");
    expect(describeInterestAnswer({ duplicate: true })).toBe("您之前已经说过对这个工作感兴趣了。");
  });
});

describe("applyIntentUpdate", () => {
  const list = [intent("00000000-0000-4000-8000-0000000000b1"), intent("00000000-0000-4000-8000-0000000000b2")];

  it("changes the one intent the event names", () => {
    const next = applyIntentUpdate(list, {
      intentId: "00000000-0000-4000-8000-0000000000b2",
      positionId: POSITION,
      status: "HIRED",
      at: "2026-03-01T09:00:00.000Z",
    });
    expect(next?.map((i) => i.status)).toEqual(["INTENDED", "HIRED"]);
    expect(next?.[1]?.updatedAt).toBe("2026-03-01T09:00:00.000Z");
  });

  it("asks for a re-read when the intent is not on screen, and ignores an older event", () => {
    const unknown = {
      intentId: "00000000-0000-4000-8000-0000000000b9",
      positionId: POSITION,
      status: "HIRED" as const,
      at: "2026-03-01T09:00:00.000Z",
    };
    expect(applyIntentUpdate(list, unknown)).toBeNull();
    const hired = [intent("00000000-0000-4000-8000-0000000000b1", { status: "HIRED", updatedAt: "2026-03-02T00:00:00.000Z" })];
    const stale = applyIntentUpdate(hired, { ...unknown, intentId: "00000000-0000-4000-8000-0000000000b1", status: "INTERVIEWED" });
    expect(stale?.[0]?.status).toBe("HIRED");
  });
});

describe("lists", () => {
  it("puts the latest change and the coming fairs first", () => {
    const older = intent("00000000-0000-4000-8000-0000000000b1");
    const newer = intent("00000000-0000-4000-8000-0000000000b2", { updatedAt: "2026-03-05T00:00:00.000Z" });
    expect(sortIntents([older, newer]).map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(findIntentForPosition([older, { ...newer, createdAt: "2026-03-02T00:00:00.000Z" }], POSITION)?.id).toBe(newer.id);
    expect(findIntentForPosition([older], "00000000-0000-4000-8000-0000000000ff")).toBeUndefined();

    const past = fair(FAIR_CLOSED, "CLOSED", "2025-05-01T00:00:00.000Z");
    const next = fair(FAIR_OPEN, "OPEN", "2026-05-01T00:00:00.000Z");
    expect(sortMyFairs([past, next]).map((f) => f.fairId)).toEqual([FAIR_OPEN, FAIR_CLOSED]);
  });
});

describe("words", () => {
  it("says the status in the seeker's words and reads the reasons aloud", () => {
    expect(describeStatusChange(intent("00000000-0000-4000-8000-0000000000b1", { status: "HIRED" }))).toBe("中国重汽「焊工」：已录用");
    const match: MyMatch = {
      positionId: POSITION,
      score: 80,
      reasons: ["在您想去的济南", "工资符合期望"],
      position: {
        id: POSITION,
        title: "焊工",
        employerName: "中国重汽",
        employerKind: "SOE",
        city: "济南",
        wageMin: 5000,
        wageMax: 8000,
        openings: 20,
        foodProvided: true,
        lodgingProvided: true,
        fairIds: [FAIR_OPEN],
      },
    };
    const speech = buildMatchSpeech(match);
    expect(speech).toContain("中国重汽招聘焊工");
    expect(speech).toContain("包吃包住");
    expect(speech.endsWith("推荐理由：在您想去的济南，工资符合期望。")).toBe(true);
  });
});
