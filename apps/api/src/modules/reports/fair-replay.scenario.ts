// A fair with known numbers, as plain rules, and the figures it must produce, computed here
// from what the test sends — never from what the API answers. See fair-replay.int.test.ts.
import type { PovertyStatus } from "@xiezuo/contracts";

export const EMPLOYER_COUNT = 5; // joined the fair; one more employer (index 5) never joins
export const OUTSIDE_EMPLOYER = 5;
export const SEEKER_COUNT = 36;
export const HOUSEHOLD_COUNT = 24;
export const TODAY = "2026-09-01";
export const FAIR_START = "2026-05-25";

const POVERTY_CYCLE: PovertyStatus[] = ["REGISTERED_POOR", "LIFTED", "MONITORED", "NONE", "REGISTERED_POOR"];

export interface HouseholdPlan {
  code: string;
  regionCode: string;
  township: string;
  village: string;
  povertyStatus: PovertyStatus;
  labourCapableMembers: number;
}

/** 24 households of Guzhang county plus 2 of a neighbouring county that coverage must leave out. */
export function planHouseholds(prefix: string): HouseholdPlan[] {
  const local = Array.from({ length: HOUSEHOLD_COUNT }, (_, h) => ({
    code: `${prefix}-${String(h).padStart(3, "0")}`,
    regionCode: "433126",
    township: h % 2 === 0 ? "古阳镇" : "默戎镇",
    village: h % 4 < 2 ? "白溪关村" : "牛角山村",
    povertyStatus: POVERTY_CYCLE[h % POVERTY_CYCLE.length]!,
    labourCapableMembers: h % 5 === 4 ? 0 : 1 + (h % 3),
  }));
  const neighbours = [0, 1].map((n) => ({
    code: `${prefix}-N${n}`,
    regionCode: "433122",
    township: "浦市镇",
    village: "马王溪村",
    povertyStatus: "REGISTERED_POOR" as const,
    labourCapableMembers: 2,
  }));
  return [...local, ...neighbours];
}

/** Seekers 0–29 belong to households s % 24 (so households 0–5 have two members), 30–33 to none, 34–35 to households 20–21. */
export function householdOfSeeker(s: number): number | null {
  if (s < 30) return s % HOUSEHOLD_COUNT;
  if (s >= 34) return s - 14;
  return null;
}

export const isCheckedIn = (s: number) => s < 30;
/** Seekers 0, 1, 2 check in a second time with a new request id; seeker 3 replays its request. */
export const checksInTwice = (s: number) => s < 3;
export const hasPrimaryIntent = (s: number) => s < 30 && s % 10 !== 9;
export const primaryEmployer = (s: number) => s % EMPLOYER_COUNT;
export const hasSecondaryIntent = (s: number) => hasPrimaryIntent(s) && s % 4 === 0;
export const secondaryEmployer = (s: number) => (s + 1) % EMPLOYER_COUNT;
/** Seeker 33 never checks in but gets an intent at employer 2's booth. */
export const BOOTH_ONLY_SEEKER = 33;
/** Seekers 5 and 10 also want employer 0's third position, which closes afterwards. */
export const CLOSED_POSITION_SEEKERS = [5, 10];
/** Seeker 34 shows intent outside the fair, then is placed by the outside employer (STABLE); 35 too (ACTIVE). */
export const NON_FAIR_INTENT_SEEKER = 34;

export type PrimaryPlan = "PIPELINE_HIRED" | "DIRECT_HIRED" | "DECLINED" | "WITHDRAWN" | "INTERVIEWED" | "INTENDED";
export function primaryPlan(s: number): PrimaryPlan {
  return (["PIPELINE_HIRED", "DIRECT_HIRED", "DECLINED", "WITHDRAWN", "INTERVIEWED", "INTENDED"] as const)[s % 6]!;
}
/** Interviewed seekers 4, 16, 28 get a placement for that position, which makes the intent HIRED. */
export const placedWhileInterviewed = (s: number) => primaryPlan(s) === "INTERVIEWED" && s % 12 === 4;
export const secondaryHired = (s: number) => hasSecondaryIntent(s) && s % 8 === 0;

export type Outcome = "STABLE" | "ENDED" | "ACTIVE";
export const outcomeOf = (s: number): Outcome => (["STABLE", "ENDED", "ACTIVE"] as const)[s % 3]!;

export interface PlacementPlan {
  seeker: number;
  employer: number;
  /** Which of the employer's positions, or null for a placement without one. */
  position: 0 | null;
  startedOn: string;
  outcome: Outcome;
}

/** Every placement the replay records. */
export function planPlacements(): PlacementPlan[] {
  const plans: PlacementPlan[] = [];
  for (let s = 0; s < 30; s++) {
    if (!hasPrimaryIntent(s)) continue;
    const plan = primaryPlan(s);
    const hired = plan === "PIPELINE_HIRED" || plan === "DIRECT_HIRED";
    if ((hired && s % 5 !== 0) || placedWhileInterviewed(s)) {
      plans.push({
        seeker: s,
        employer: primaryEmployer(s),
        position: s % 5 === 1 ? null : 0,
        startedOn: FAIR_START,
        outcome: outcomeOf(s),
      });
    }
    if (secondaryHired(s)) plans.push({ seeker: s, employer: secondaryEmployer(s), position: 0, startedOn: FAIR_START, outcome: "ACTIVE" });
  }
  // Hired at the fair by employer 0 but gone to work elsewhere: counts for the household, not the fair.
  plans.push({ seeker: 25, employer: OUTSIDE_EMPLOYER, position: null, startedOn: "2026-06-10", outcome: "ACTIVE" });
  plans.push({ seeker: 34, employer: OUTSIDE_EMPLOYER, position: null, startedOn: "2026-04-01", outcome: "STABLE" });
  plans.push({ seeker: 35, employer: OUTSIDE_EMPLOYER, position: null, startedOn: "2026-04-01", outcome: "ACTIVE" });
  return plans;
}

/** Follow-up calls producing each outcome (3-month rule, gaps ≤ 45 days). */
export function followUpsFor(
  startedOn: string,
  outcome: Outcome,
  addDays: (d: string, n: number) => string,
  addMonths: (d: string, n: number) => string,
) {
  if (outcome === "STABLE")
    return [30, 60]
      .map((d) => ({ checkedOn: addDays(startedOn, d), employed: true }))
      .concat([{ checkedOn: addMonths(startedOn, 3), employed: true }]);
  if (outcome === "ENDED")
    return [
      { checkedOn: addDays(startedOn, 20), employed: true },
      { checkedOn: addDays(startedOn, 37), employed: false },
    ];
  return [{ checkedOn: addDays(startedOn, 30), employed: true }];
}

/** What the test records as it goes: the source of every expected figure. */
export interface Ledger {
  intents: { seeker: number; employer: number; positionKey: string; atFair: boolean; status: string }[];
  placements: { seeker: number; employer: number; status: Outcome }[];
  checkedIn: Set<number>;
  povertyOfSeeker: (s: number) => PovertyStatus;
}

export function expectFunnel(ledger: Ledger) {
  const fairIntents = ledger.intents.filter((i) => i.atFair);
  const hiredPairs = fairIntents.filter((i) => i.status === "HIRED").map((i) => [i.seeker, i.employer] as const);
  const placedAt = (s: number, e: number, statuses: Outcome[]) =>
    ledger.placements.some((p) => p.seeker === s && p.employer === e && statuses.includes(p.status));
  const distinct = (pairs: readonly (readonly [number, number])[]) => new Set(pairs.map(([s]) => s)).size;
  return {
    checkedIn: ledger.checkedIn.size,
    withIntent: new Set(fairIntents.map((i) => i.seeker)).size,
    hired: distinct(hiredPairs),
    onTheJob: distinct(hiredPairs.filter(([s, e]) => placedAt(s, e, ["ACTIVE", "STABLE"]))),
    stable: distinct(hiredPairs.filter(([s, e]) => placedAt(s, e, ["STABLE"]))),
  };
}

export function expectEmployerRow(ledger: Ledger, employer: number) {
  const mine = ledger.intents.filter((i) => i.atFair && i.employer === employer);
  const hired = new Set(mine.filter((i) => i.status === "HIRED").map((i) => i.seeker));
  const placed = (statuses: Outcome[]) =>
    [...hired].filter((s) => ledger.placements.some((p) => p.seeker === s && p.employer === employer && statuses.includes(p.status)))
      .length;
  return {
    intents: mine.length,
    seekersWithIntent: new Set(mine.map((i) => i.seeker)).size,
    hired: hired.size,
    placed: placed(["ACTIVE", "STABLE"]),
    stable: placed(["STABLE"]),
  };
}

export function expectPovertyBreakdown(ledger: Ledger) {
  const breakdown: Record<PovertyStatus, number> = { REGISTERED_POOR: 0, LIFTED: 0, MONITORED: 0, NONE: 0 };
  for (const s of new Set(ledger.intents.filter((i) => i.atFair).map((i) => i.seeker))) breakdown[ledger.povertyOfSeeker(s)]++;
  return breakdown;
}

/** Coverage of county 433126 by township, from the household plan and the ledger's placements. */
export function expectCoverage(households: HouseholdPlan[], ledger: Ledger) {
  const membersOf = (h: number) => Array.from({ length: SEEKER_COUNT }, (_, s) => s).filter((s) => householdOfSeeker(s) === h);
  const statusOf = (h: number, statuses: Outcome[]) =>
    membersOf(h).some((s) => ledger.placements.some((p) => p.seeker === s && statuses.includes(p.status)));
  const local = households.map((plan, h) => ({ plan, h })).filter(({ plan }) => plan.regionCode === "433126");
  const count = (items: typeof local) => {
    const labour = items.filter(({ plan }) => plan.labourCapableMembers > 0);
    const placed = labour.filter(({ h }) => statusOf(h, ["ACTIVE", "STABLE"])).length;
    const stable = labour.filter(({ h }) => statusOf(h, ["STABLE"])).length;
    return {
      households: items.length,
      labourHouseholds: labour.length,
      placedHouseholds: placed,
      stableHouseholds: stable,
      placedRate: labour.length ? placed / labour.length : 0,
      stableRate: labour.length ? stable / labour.length : 0,
    };
  };
  const townships = [...new Set(local.map(({ plan }) => plan.township))].sort();
  return {
    coverage: count(local),
    townships: Object.fromEntries(townships.map((t) => [t, count(local.filter(({ plan }) => plan.township === t))])),
    zeroEmployment: local
      .filter(({ plan, h }) => plan.labourCapableMembers > 0 && !statusOf(h, ["ACTIVE", "STABLE"]))
      .map(({ plan }) => plan.code)
      .sort(),
  };
}
