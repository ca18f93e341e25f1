// The demo's "after the fair" chapter: a spring fair in Guzhang about four months before today
// (closed), whose hires went to work — placements with monthly follow-up calls. Some became
// stable (three months in work without a gap), some are still in their first months with a
// call due, a few came home (ENDED). So coverage, the fair's funnel, 就业回访 and the
// zero-employment list show real figures. Deterministic for a given day.
import type { PrismaClient } from "../../apps/api/src/generated/prisma/client.ts";
import { computePlacementStatus } from "../../apps/api/src/modules/placements/placement-status.ts";
import { addDays, toChinaDate } from "../../packages/contracts/src/calendar-dates.ts";
import type { EmployerSeed } from "./employers.data.ts";
import type { FairSeed } from "./guzhang-fair.data.ts";
import type { SeekerSeed } from "./people.data.ts";
import { buildOpenFairPositions, type PositionSeed } from "./positions.data.ts";
import { createRng, DAY_MS, demoUuid, MINUTE_MS, shanghaiTime } from "./seed-random.ts";

export const SPRING_FAIR_EMPLOYER_KEYS = [
  "zhongqi",
  "erjichuang",
  "joyoung",
  "jichai",
  "sfjinan",
  "ygdj",
  "lens",
  "bydcs",
  "hnjg",
  "xiangjing",
];
/** Months of continuous work that make a placement stable (the server's default). */
const STABLE_MONTHS = 3;

export interface SpringCheckIn {
  seekerKey: number;
  at: Date;
}
export interface SpringIntent {
  seekerKey: number;
  positionKey: string;
  status: "INTENDED" | "INTERVIEWED" | "DECLINED" | "HIRED";
  createdAt: Date;
}
export interface SpringPlacement {
  key: string;
  seekerKey: number;
  employerKey: string;
  positionKey: string;
  startedOn: string;
  monthlyWage: number;
  workCity: string;
  status: "ACTIVE" | "STABLE" | "ENDED";
  stableOn: string | null;
  endedOn: string | null;
  followUps: { checkedOn: string; employed: boolean; monthlyWage: number | null; note: string | null }[];
}
export interface AfterFairData {
  fair: FairSeed;
  employers: EmployerSeed[];
  positions: PositionSeed[];
  positionsClosedAt: Date;
  checkIns: SpringCheckIn[];
  intents: SpringIntent[];
  placements: SpringPlacement[];
}

export function buildAfterFair(now: Date, employers: readonly EmployerSeed[], seekers: readonly SeekerSeed[]): AfterFairData {
  const rng = createRng(20260315);
  const day = new Date(now.getTime() + 8 * 3_600_000 - 120 * DAY_MS);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const fair: FairSeed = {
    title: `${y} 春风行动·济南—湘西劳务协作古丈专场`,
    venue: "古丈县人力资源市场",
    startsAt: shanghaiTime(y, m, d, 9, 0),
    endsAt: shanghaiTime(y, m, d, 12, 0),
    hostRegionCode: "433126",
    partnerRegionCode: "370100",
    status: "CLOSED",
  };
  const fairEmployers = SPRING_FAIR_EMPLOYER_KEYS.map((k) => {
    const e = employers.find((x) => x.key === k);
    if (!e) throw new Error(`unknown employer ${k}`);
    return e;
  });
  const positions = buildOpenFairPositions(fairEmployers, 2, 20260316).map((p) => ({ ...p, key: p.key.replace(/^open:/, "spring:") }));
  const today = toChinaDate(now);
  const fairDay = toChinaDate(fair.startsAt);

  // Registered labourers of working age came; about one in four of those in the registry.
  const candidates = rng.shuffle(seekers.filter((s) => s.householdKey !== null && s.ageAtFair >= 18 && s.ageAtFair <= 52)).slice(0, 240);
  const window = (fair.endsAt.getTime() - fair.startsAt.getTime()) / MINUTE_MS - 10;
  const checkIns = candidates.map((s) => ({ seekerKey: s.key, at: new Date(fair.startsAt.getTime() + rng.int(0, window) * MINUTE_MS) }));

  const intents: SpringIntent[] = [];
  const placements: SpringPlacement[] = [];
  for (const [i, s] of candidates.slice(0, 112).entries()) {
    const fitting = positions.filter((p) => p.gender === "ANY" || p.gender === s.gender);
    const position = rng.pick(fitting.length > 0 ? fitting : positions);
    const checkedIn = checkIns[i]!.at.getTime();
    const createdAt = new Date(Math.min(checkedIn + rng.int(5, 70) * MINUTE_MS, fair.endsAt.getTime() - MINUTE_MS));
    const status = i < 64 ? "HIRED" : i < 80 ? "DECLINED" : i < 94 ? "INTERVIEWED" : "INTENDED";
    intents.push({ seekerKey: s.key, positionKey: position.key, status, createdAt });
    if (status !== "HIRED") continue;

    const startedOn = addDays(fairDay, rng.int(4, 40));
    const wage = Math.round((position.wageMin + position.wageMax) / 2 / 100) * 100;
    // How the months went: most kept working; some calls lapsed after the first; a few came home.
    const story = rng.weighted(["working", "working", "lapsed", "home"] as const, (x) => (x === "home" ? 0.4 : 1));
    const followUps: SpringPlacement["followUps"] = [];
    for (let month = 1; ; month++) {
      const checkedOn = addDays(startedOn, month * 30 + rng.int(-3, 3));
      if (checkedOn > today) break;
      if (story === "lapsed" && month > 1) break;
      if (story === "home" && month === 2) {
        followUps.push({
          checkedOn,
          employed: false,
          monthlyWage: null,
          note: rng.pick(["回家照顾老人", "家里农忙，回乡了", "不适应夜班，已回古丈"]),
        });
        break;
      }
      followUps.push({ checkedOn, employed: true, monthlyWage: wage + rng.int(0, 4) * 100, note: null });
    }
    const outcome = computePlacementStatus({ startedOn, followUps, stableMonths: STABLE_MONTHS });
    placements.push({
      key: `spring:${s.key}`,
      seekerKey: s.key,
      employerKey: position.employerKey,
      positionKey: position.key,
      startedOn,
      monthlyWage: wage,
      workCity: position.city,
      status: outcome.status,
      stableOn: outcome.stableOn,
      endedOn: outcome.endedOn,
      followUps,
    });
  }
  return {
    fair,
    employers: fairEmployers,
    positions,
    positionsClosedAt: new Date(fair.endsAt.getTime() + 21 * DAY_MS),
    checkIns,
    intents,
    placements,
  };
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);
const seekerId = (key: number) => demoUuid("seeker", key);
const employerId = (key: string) => demoUuid("employer", key);
const positionId = (key: string) => demoUuid("position", key);

/** The spring fair's check-ins, intents, and its hires' placements with their follow-up calls. */
export async function writeAfterFair(
  tx: Tx,
  spring: AfterFairData,
  { fairId, staffId, employerRegion }: { fairId: string; staffId: string; employerRegion: ReadonlyMap<string, string> },
): Promise<void> {
  await tx.checkIn.createMany({
    data: spring.checkIns.map((c) => ({
      id: demoUuid("spring-check-in", c.seekerKey),
      fairId,
      seekerId: seekerId(c.seekerKey),
      clientRequestId: demoUuid("spring-check-in-request", c.seekerKey),
      at: c.at,
      createdById: staffId,
    })),
  });
  await tx.intent.createMany({
    data: spring.intents.map((it) => ({
      id: demoUuid("spring-intent", it.seekerKey),
      seekerId: seekerId(it.seekerKey),
      positionId: positionId(it.positionKey),
      fairId,
      status: it.status,
      createdById: staffId,
      createdAt: it.createdAt,
      updatedAt: it.createdAt,
    })),
  });
  await tx.placement.createMany({
    data: spring.placements.map((p) => ({
      id: demoUuid("placement", p.key),
      seekerId: seekerId(p.seekerKey),
      employerId: employerId(p.employerKey),
      positionId: positionId(p.positionKey),
      startedOn: dbDate(p.startedOn),
      monthlyWage: p.monthlyWage,
      workCity: p.workCity,
      workRegionCode: employerRegion.get(p.employerKey) ?? "370100",
      channel: "FAIR" as const,
      status: p.status,
      stableOn: p.stableOn ? dbDate(p.stableOn) : null,
      endedOn: p.endedOn ? dbDate(p.endedOn) : null,
      createdById: staffId,
      createdAt: dbDate(p.startedOn),
      updatedAt: dbDate(p.followUps.at(-1)?.checkedOn ?? p.startedOn),
    })),
  });
  await tx.followUp.createMany({
    data: spring.placements.flatMap((p) =>
      p.followUps.map((f, i) => ({
        id: demoUuid("follow-up", `${p.key}:${i}`),
        placementId: demoUuid("placement", p.key),
        checkedOn: dbDate(f.checkedOn),
        employed: f.employed,
        monthlyWage: f.monthlyWage,
        note: f.note,
        createdById: staffId,
        createdAt: dbDate(f.checkedOn),
      })),
    ),
  });
}
