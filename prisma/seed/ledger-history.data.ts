// The demo's employment ledger (务工台账) and early warning (返贫预警): a year of work by
// Guzhang registry members who came to neither fair's desks with an intent — some in Jinan
// (out of province), some in Changsha or Hengyang (in the province), some at home in the
// county — with monthly follow-up calls. Most still work; some worked a season and came home;
// a few came home in the last weeks, which leaves their households with nobody at work (the
// alerts), two of them already visited. One worker per household, from households none of
// whose members was hired at the spring fair, so each alert is true. Deterministic for a day.
import type { PrismaClient } from "../../apps/api/src/generated/prisma/client.ts";
import { computePlacementStatus } from "../../apps/api/src/modules/placements/placement-status.ts";
import { addDays, toChinaDate } from "../../packages/contracts/src/calendar-dates.ts";
import type { AfterFairData } from "./after-fair.data.ts";
import type { EmployerSeed } from "./employers.data.ts";
import type { DemoData } from "./guzhang-fair.data.ts";
import type { SeekerSeed } from "./people.data.ts";
import { createRng, demoUuid, type Rng } from "./seed-random.ts";

const WORKERS = 220;
const RECENTLY_HOME = 8;
const STABLE_MONTHS = 3;

type Place = "outOfProvince" | "inProvince" | "inCounty";

export interface HistoryPlacement {
  seekerKey: number;
  householdKey: string;
  employerKey: string;
  workRegionCode: string;
  workCity: string;
  startedOn: string;
  monthlyWage: number;
  status: "ACTIVE" | "STABLE" | "ENDED";
  stableOn: string | null;
  endedOn: string | null;
  followUps: { checkedOn: string; employed: boolean; monthlyWage: number | null; note: string | null }[];
}

export interface LedgerHistory {
  placements: HistoryPlacement[];
  visits: { householdKey: string; visitedOn: string; note: string }[];
}

const WAGES: Record<Place, [number, number]> = { outOfProvince: [5200, 7600], inProvince: [4200, 6000], inCounty: [2800, 4200] };
/** The earlier of two `YYYY-MM-DD` dates. */
const earlier = (a: string, b: string): string => [a, b].sort()[0]!;
const HOME_NOTES = ["回家照顾老人", "家里农忙，回乡了", "工厂停产放假，已回古丈", "身体不适，回家休养"];

function employersFor(place: Place, employers: readonly EmployerSeed[]): EmployerSeed[] {
  if (place === "outOfProvince") return employers.filter((e) => !e.regionCode.startsWith("43"));
  if (place === "inProvince") return employers.filter((e) => e.regionCode.startsWith("43") && !e.regionCode.startsWith("4331"));
  return employers.filter((e) => e.regionCode === "433126");
}

/** Start, end (null: still there) of a story relative to today. */
function storyDates(rng: Rng, story: "stays" | "seasonal" | "home", today: string): { startedOn: string; endedOn: string | null } {
  if (story === "stays") return { startedOn: addDays(today, -rng.int(10, 350)), endedOn: null };
  if (story === "home") return { startedOn: addDays(today, -rng.int(60, 300)), endedOn: addDays(today, -rng.int(2, 25)) };
  const startedOn = addDays(today, -rng.int(120, 360));
  const endedOn = addDays(startedOn, rng.int(45, 200));
  return { startedOn, endedOn: earlier(endedOn, addDays(today, -40)) };
}

/** `data` the demo's registry and people, `spring` the spring fair: its people and the 2017 fair's intents stay out. */
export function buildLedgerHistory(
  now: Date,
  data: Pick<DemoData, "employers" | "households" | "seekers" | "intents">,
  spring: Pick<AfterFairData, "checkIns">,
): LedgerHistory {
  const rng = createRng(20261206);
  const today = toChinaDate(now);
  const busySeekerKeys = new Set([...data.intents, ...spring.checkIns].map((x) => x.seekerKey));
  const labour = new Set(data.households.filter((h) => h.labourCapableMembers > 0).map((h) => h.key));
  const busyHouseholds = new Set(data.seekers.filter((s) => busySeekerKeys.has(s.key)).map((s) => s.householdKey));
  const firstOfHousehold = new Map<string, SeekerSeed>();
  for (const s of data.seekers) {
    if (s.householdKey && labour.has(s.householdKey) && !busyHouseholds.has(s.householdKey) && !firstOfHousehold.has(s.householdKey))
      firstOfHousehold.set(s.householdKey, s);
  }
  const workers = rng.shuffle([...firstOfHousehold.values()]).slice(0, WORKERS);

  const placements = workers.map((s, i): HistoryPlacement => {
    const place = rng.weighted(
      ["outOfProvince", "inProvince", "inCounty"] as const,
      (p) => ({ outOfProvince: 5, inProvince: 3, inCounty: 2 })[p],
    );
    const employer = rng.pick(employersFor(place, data.employers));
    const story = i < RECENTLY_HOME ? "home" : rng.chance(0.6) ? "stays" : "seasonal";
    const { startedOn, endedOn } = storyDates(rng, story, today);
    const [low, high] = WAGES[place];
    const wage = Math.round(rng.int(low, high) / 100) * 100;
    const followUps: HistoryPlacement["followUps"] = [];
    const lastDay = endedOn ?? today;
    for (let month = 1; ; month++) {
      const checkedOn = addDays(startedOn, month * 30 + rng.int(-3, 3));
      if (checkedOn >= lastDay) break;
      followUps.push({ checkedOn, employed: true, monthlyWage: wage + rng.int(0, 3) * 100, note: null });
    }
    if (endedOn) followUps.push({ checkedOn: endedOn, employed: false, monthlyWage: null, note: rng.pick(HOME_NOTES) });
    const outcome = computePlacementStatus({ startedOn, followUps, stableMonths: STABLE_MONTHS });
    return {
      seekerKey: s.key,
      householdKey: s.householdKey!,
      employerKey: employer.key,
      workRegionCode: place === "inCounty" ? "433126" : employer.regionCode,
      workCity: employer.city,
      startedOn,
      monthlyWage: wage,
      ...outcome,
      followUps,
    };
  });
  const visits = placements.slice(0, 2).map((p) => ({
    householdKey: p.householdKey,
    visitedOn: earlier(addDays(p.endedOn!, 1), today),
    note: "已上门走访：家中暂无人外出务工，登记了县内就业意向",
  }));
  return { placements, visits };
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** Writes the history's placements, their follow-up calls and the visits, in the seed's transaction. */
export async function writeLedgerHistory(tx: Tx, history: LedgerHistory, staffId: string): Promise<void> {
  const placementId = (p: HistoryPlacement) => demoUuid("ledger-placement", p.seekerKey);
  await tx.placement.createMany({
    data: history.placements.map((p) => ({
      id: placementId(p),
      seekerId: demoUuid("seeker", p.seekerKey),
      employerId: demoUuid("employer", p.employerKey),
      startedOn: dbDate(p.startedOn),
      monthlyWage: p.monthlyWage,
      workCity: p.workCity,
      workRegionCode: p.workRegionCode,
      channel: "LABOUR_COOPERATION" as const,
      status: p.status,
      stableOn: p.stableOn ? dbDate(p.stableOn) : null,
      endedOn: p.endedOn ? dbDate(p.endedOn) : null,
      createdById: staffId,
      createdAt: dbDate(p.startedOn),
      updatedAt: dbDate(p.followUps.at(-1)?.checkedOn ?? p.startedOn),
    })),
  });
  await tx.followUp.createMany({
    data: history.placements.flatMap((p) =>
      p.followUps.map((f, i) => ({
        id: demoUuid("ledger-follow-up", `${p.seekerKey}:${i}`),
        placementId: placementId(p),
        checkedOn: dbDate(f.checkedOn),
        employed: f.employed,
        monthlyWage: f.monthlyWage,
        note: f.note,
        createdById: staffId,
        createdAt: dbDate(f.checkedOn),
      })),
    ),
  });
  await tx.householdVisit.createMany({
    data: history.visits.map((v) => ({
      id: demoUuid("ledger-visit", v.householdKey),
      householdId: demoUuid("household", v.householdKey),
      visitedOn: dbDate(v.visitedOn),
      note: v.note,
      createdById: staffId,
      createdAt: dbDate(v.visitedOn),
    })),
  });
}
