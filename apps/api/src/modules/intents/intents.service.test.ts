import type { IntentCreatedEvent } from "@xiezuo/contracts";
import { describe, expect, it, vi } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createLogger } from "../../lib/logger.ts";
import { PLATFORM_SCOPE } from "../../lib/scope.ts";
import type { InsertIntentOutcome, IntentRow, IntentsRepository } from "./intents.repository.ts";
import { type Actor, type BadgeReader, createIntentsService, type IntentEvents, type IntentStatusNotices } from "./intents.service.ts";

const FAIR = "11111111-1111-4111-8111-111111111111";
const POSITION = "22222222-2222-4222-8222-222222222222";
const SEEKER = "33333333-3333-4333-8333-333333333333";
const EMPLOYER = "44444444-4444-4444-8444-444444444444";
const INTENT = "55555555-5555-4555-8555-555555555555";
const staff: Actor = { userId: "66666666-6666-4666-8666-666666666666", role: "STAFF", employerId: null, scope: PLATFORM_SCOPE };

function row(fairId: string | null): IntentRow {
  const at = new Date("2026-05-20T02:00:00Z");
  return {
    id: INTENT,
    seekerId: SEEKER,
    positionId: POSITION,
    fairId,
    status: "INTENDED",
    createdAt: at,
    updatedAt: at,
    seeker: {
      id: SEEKER,
      name: "向秀兰",
      idNumberMasked: "433126********123X",
      phoneMasked: "138****5678",
      gender: "FEMALE",
      birthDate: new Date("1990-05-21T00:00:00Z"),
      household: { povertyStatus: "REGISTERED_POOR" },
    },
    position: { id: POSITION, title: "焊工", employerId: EMPLOYER, employer: { name: "济南重汽" } },
  };
}

/** For what a test must never reach: fails it, naming the call. */
function unexpected(what: string): never {
  throw new Error(`${what} was not expected`);
}

const noBadges = {
  seekerIdFromBadge: () => unexpected("a badge"),
  findSeekerIdByIdNumber: async () => unexpected("an ID number"),
} satisfies BadgeReader;

/** createIntent never changes a status: nothing may be sent to the seeker. */
const noNotices = {
  enqueueMessage: async () => unexpected("a status message"),
  publish: () => unexpected("intent:updated"),
} satisfies IntentStatusNotices;

/** The whole repository, typed against it: what createIntent reads answers, the rest fails the test. */
function fakeRepository(outcome: InsertIntentOutcome, fairId: string | null) {
  return {
    findPosition: async () => ({ id: POSITION, employerId: EMPLOYER, status: "OPEN" as const }),
    seekerExists: async () => true,
    fairInScope: async () => true,
    findIntentView: async () => row(fairId),
    findIntentOwner: async () => unexpected("findIntentOwner"),
    insertIntent: async () => outcome,
    countSeekersWithIntent: async () => 42,
    updateStatusIf: async () => unexpected("updateStatusIf"),
    list: async () => unexpected("list"),
  } satisfies IntentsRepository;
}

function build(outcome: InsertIntentOutcome, fairId: string | null, events: IntentEvents) {
  return createIntentsService({
    intents: fakeRepository(outcome, fairId),
    seekers: noBadges,
    events,
    notices: noNotices,
    clock: fixedClock(new Date("2026-05-20T02:00:00Z")),
    logger: createLogger("silent"),
  });
}

describe("createIntent announces new intents at a fair", () => {
  it("publishes intent:created with the fair's distinct seekers, no personal data", async () => {
    const published: IntentCreatedEvent[] = [];
    const service = build({ kind: "created", id: INTENT }, FAIR, { intentCreated: (e) => void published.push(e) });
    const result = await service.createIntent({ seekerId: SEEKER, positionId: POSITION, fairId: FAIR }, staff);
    expect(result.duplicate).toBe(false);
    expect(result.intent.seeker.age).toBe(35);
    expect(published).toEqual([
      { fairId: FAIR, intentId: INTENT, positionId: POSITION, at: "2026-05-20T02:00:00.000Z", seekersWithIntent: 42 },
    ]);
  });

  it("stays silent for a duplicate and for an intent outside a fair", async () => {
    const intentCreated = vi.fn();
    await build({ kind: "duplicate", id: INTENT }, FAIR, { intentCreated }).createIntent(
      { seekerId: SEEKER, positionId: POSITION, fairId: FAIR },
      staff,
    );
    await build({ kind: "created", id: INTENT }, null, { intentCreated }).createIntent({ seekerId: SEEKER, positionId: POSITION }, staff);
    expect(intentCreated).not.toHaveBeenCalled();
  });

  it("still returns the recorded intent when publishing fails", async () => {
    const service = build({ kind: "created", id: INTENT }, FAIR, {
      intentCreated: () => {
        throw new Error("socket adapter down");
      },
    });
    const result = await service.createIntent({ seekerId: SEEKER, positionId: POSITION, fairId: FAIR }, staff);
    expect(result.intent.id).toBe(INTENT);
  });

  it("hides another employer's position as not found before touching anything", async () => {
    const insertIntent = vi.fn<IntentsRepository["insertIntent"]>();
    const repo = { ...fakeRepository({ kind: "created", id: INTENT }, FAIR), insertIntent } satisfies IntentsRepository;
    const service = createIntentsService({
      intents: repo,
      seekers: noBadges,
      events: { intentCreated: vi.fn() },
      notices: noNotices,
      clock: fixedClock(new Date()),
      logger: createLogger("silent"),
    });
    const outsider: Actor = {
      userId: staff.userId,
      role: "EMPLOYER",
      employerId: "77777777-7777-4777-8777-777777777777",
      scope: PLATFORM_SCOPE,
    };
    await expect(service.createIntent({ seekerId: SEEKER, positionId: POSITION, fairId: FAIR }, outsider)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(insertIntent).not.toHaveBeenCalled();
  });
});
