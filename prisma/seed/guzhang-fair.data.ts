// The 2017 Jinan–Xiangxi labour-cooperation fair in Guzhang (湘西精准扶贫 2017 no. 5) as
// plain rows: every figure of the bulletin comes out of these rows, none is typed in.
// Pure data: no database access. The bulletin names the event and the year but not the
// day or the venue, so those two are assumptions (a Friday morning in May 2017, before the
// bulletin of 6 June; the county's human-resources market in the county seat).
import { buildEmployers, type EmployerSeed } from "./employers.data.ts";
import { buildHouseholds, type HouseholdSeed } from "./households.data.ts";
import { buildSeekers, type SeekerSeed } from "./people.data.ts";
import {
  buildFairPositions,
  buildOpenFairPositions,
  GUZHANG_FOOD_LODGING_OPENINGS,
  GUZHANG_TOTAL_OPENINGS,
  type PositionSeed,
} from "./positions.data.ts";
import { createRng, demoUuid, MINUTE_MS, type Rng, shanghaiTime } from "./seed-random.ts";

export * from "./employers.data.ts";
export * from "./households.data.ts";
export * from "./people.data.ts";
export * from "./positions.data.ts";

export interface FairSeed {
  title: string;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  hostRegionCode: string;
  partnerRegionCode: string;
  status: "OPEN" | "CLOSED";
}

export const GUZHANG_FAIR_DAY = "2017-05-19";
export const GUZHANG_FAIR: FairSeed = {
  title: "2017年民营企业招聘周暨济南市—湘西州劳务协作古丈专场招聘会",
  venue: "古丈县人力资源市场（古阳镇）",
  startsAt: shanghaiTime(2017, 5, 19, 9, 0),
  endsAt: shanghaiTime(2017, 5, 19, 12, 0),
  hostRegionCode: "433126",
  partnerRegionCode: "370100",
  status: "CLOSED",
};

/** Bulletin figures, reproduced by the rows below. */
export const GUZHANG_FIGURES = {
  employers: { JINAN: 21, PROVINCE: 11, LOCAL: 3 },
  openings: GUZHANG_TOTAL_OPENINGS,
  foodAndLodgingOpenings: GUZHANG_FOOD_LODGING_OPENINGS,
  checkedIn: 936,
  checkedInFromRegistry: 884,
  seekersWithIntent: 290,
  seekersWithIntentRegisteredPoor: 70,
} as const;

/** The upcoming fair: tomorrow (Asia/Shanghai) 09:00–15:00 in Jishou, named after the season's campaign. */
export function openFairFor(now: Date): FairSeed {
  const local = new Date(now.getTime() + 8 * 3_600_000);
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate() + 1];
  const startsAt = shanghaiTime(y, m, d, 9, 0);
  const year = new Date(startsAt.getTime() + 8 * 3_600_000).getUTCFullYear();
  const month = new Date(startsAt.getTime() + 8 * 3_600_000).getUTCMonth() + 1;
  const campaign = month <= 4 ? "春风行动" : month <= 8 ? "民营企业招聘月" : "金秋招聘月";
  return {
    title: `${year} ${campaign}·济南—湘西劳务协作专场招聘会（吉首）`,
    venue: "湘西州人力资源市场（吉首市）",
    startsAt,
    endsAt: shanghaiTime(y, m, d, 15, 0),
    hostRegionCode: "433101",
    partnerRegionCode: "370100",
    status: "OPEN",
  };
}
export const OPEN_FAIR_EMPLOYER_KEYS = [
  "zhongqi",
  "erjichuang",
  "joyoung",
  "qilupharma",
  "jichai",
  "sfjinan",
  "ygdj",
  "luweizhai",
  "lens",
  "bydcs",
  "hnjg",
  "xiangjing",
];

export interface CheckInSeed {
  seekerKey: number;
  at: Date;
  clientRequestId: string;
}
export interface IntentSeed {
  seekerKey: number;
  positionKey: string;
  createdAt: Date;
}

/** Minutes after opening: a rush (gamma, mode ≈ 14 min) on top of a steady trickle, last at 11:54. */
function arrivalMinute(rng: Rng, windowMinutes: number): number {
  for (;;) {
    const t = rng.chance(0.75) ? -14 * (Math.log(1 - rng.next()) + Math.log(1 - rng.next())) : rng.next() * windowMinutes;
    if (t < windowMinutes) return t;
  }
}

export function buildCheckIns(seekers: SeekerSeed[], fair: FairSeed, seed = 20170505): CheckInSeed[] {
  const rng = createRng(seed);
  const windowMinutes = (fair.endsAt.getTime() - fair.startsAt.getTime()) / MINUTE_MS - 6;
  const groupAt = new Map<number, number>();
  return seekers.map((s) => {
    let at = groupAt.get(s.arrivalGroup);
    if (at === undefined) {
      at = fair.startsAt.getTime() + Math.floor(arrivalMinute(rng, windowMinutes) * MINUTE_MS);
      groupAt.set(s.arrivalGroup, at);
    } else {
      at += rng.int(15, 90) * 1000; // the next member of the household, at the same desk
    }
    return { seekerKey: s.key, at: new Date(at), clientRequestId: demoUuid("check-in-request", s.key) };
  });
}

function eligible(p: PositionSeed, s: SeekerSeed): boolean {
  if (p.gender !== "ANY" && p.gender !== s.gender) return false;
  return (p.ageMin === null || s.ageAtFair >= p.ageMin) && (p.ageMax === null || s.ageAtFair <= p.ageMax);
}

/** One intent per seeker: `poor` seekers from REGISTERED_POOR households and `others` from the rest. */
export function buildIntents(
  seekers: SeekerSeed[],
  checkIns: CheckInSeed[],
  positions: PositionSeed[],
  fair: FairSeed,
  counts: { poor: number; others: number },
  seed = 20170506,
): IntentSeed[] {
  const rng = createRng(seed);
  const atOf = new Map(checkIns.map((c) => [c.seekerKey, c.at.getTime()]));
  const out: IntentSeed[] = [];
  const take = (pool: SeekerSeed[], n: number) => {
    let taken = 0;
    for (const s of rng.shuffle(pool)) {
      if (taken === n) break;
      const at = atOf.get(s.key);
      const options = positions.filter((p) => eligible(p, s));
      if (at === undefined || options.length === 0) continue;
      const p = rng.weighted(options, (o) => o.openings * (s.preferredCities.includes(o.city) ? 4 : 1));
      const createdAt = Math.min(at + rng.int(4 * 60, 80 * 60) * 1000, fair.endsAt.getTime() - MINUTE_MS);
      out.push({ seekerKey: s.key, positionKey: p.key, createdAt: new Date(createdAt) });
      taken += 1;
    }
    if (taken < n) throw new Error(`buildIntents: only ${taken} of ${n} seekers could be matched`);
  };
  take(
    seekers.filter((s) => s.povertyStatus === "REGISTERED_POOR"),
    counts.poor,
  );
  take(
    seekers.filter((s) => s.povertyStatus !== "REGISTERED_POOR"),
    counts.others,
  );
  return out;
}

export interface DemoData {
  employers: EmployerSeed[];
  guzhangFair: FairSeed;
  guzhangPositions: PositionSeed[];
  openFair: FairSeed;
  openFairEmployers: EmployerSeed[];
  openFairPositions: PositionSeed[];
  households: HouseholdSeed[];
  seekers: SeekerSeed[];
  checkIns: CheckInSeed[];
  intents: IntentSeed[];
}

/** Everything the demo seed writes; identical on every call except the upcoming fair's dates. */
export function buildDemoData(now: Date): DemoData {
  const f = GUZHANG_FIGURES;
  const employers = buildEmployers();
  const guzhangPositions = buildFairPositions(employers);
  const households = buildHouseholds();
  const seekers = buildSeekers(households, { fairDay: GUZHANG_FAIR_DAY, total: f.checkedIn, fromRegistry: f.checkedInFromRegistry });
  const checkIns = buildCheckIns(seekers, GUZHANG_FAIR);
  const poor = f.seekersWithIntentRegisteredPoor;
  const intents = buildIntents(seekers, checkIns, guzhangPositions, GUZHANG_FAIR, { poor, others: f.seekersWithIntent - poor });
  const openFairEmployers = OPEN_FAIR_EMPLOYER_KEYS.map((k) => {
    const e = employers.find((x) => x.key === k);
    if (!e) throw new Error(`unknown employer ${k}`);
    return e;
  });
  const openFair = openFairFor(now);
  return {
    employers,
    guzhangFair: GUZHANG_FAIR,
    guzhangPositions,
    openFair,
    openFairEmployers,
    openFairPositions: buildOpenFairPositions(openFairEmployers, 3),
    households,
    seekers,
    checkIns,
    intents,
  };
}
