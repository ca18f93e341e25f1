// Pure matching rules: the hard constraints a match may never break, and a score with
// reasons a desk worker can read aloud. Both endpoints rank through here, whatever the
// search engine proposed, so a stale or loose candidate can never reach the answer.
import { toChinaDate } from "@xiezuo/contracts";

export type PovertyStatus = "REGISTERED_POOR" | "LIFTED" | "MONITORED" | "NONE";

export interface SeekerProfile {
  id: string;
  gender: "MALE" | "FEMALE";
  /** yyyymmdd as a number (19860215): compares as dates do. */
  birthDay: number;
  /** Job families the seeker wants (想做什么工作), in the order named: the strongest signal. */
  wantedKeys: string[];
  /** Job families read from the seeker's skills, in the order the skills name them. */
  familyKeys: string[];
  /** Normalised city keys (济南市 → 济南). */
  cityKeys: string[];
  expectedWageMin: number | null;
  needsLodging: boolean;
  povertyStatus: PovertyStatus | null;
}

export interface PositionProfile {
  id: string;
  status: "OPEN" | "CLOSED";
  gender: "ANY" | "MALE" | "FEMALE";
  ageMin: number | null;
  ageMax: number | null;
  city: string;
  cityKey: string;
  wageMin: number;
  wageMax: number;
  lodgingProvided: boolean;
  familyKeys: string[];
}

export interface ScoredMatch {
  score: number;
  reasons: string[];
}

/** Labels of job families by key (from the search module's dictionary). */
export type FamilyLabels = (key: string) => string | undefined;

/**
 * `wanted`: the position is work the seeker said they want — worth more than a preferred city
 * and a good wage together, so a welder-to-be sees welding before a better-paid job nearby.
 * `fair`: the position is at a fair the seeker registered for (the seeker's own view only).
 */
export const WEIGHTS = {
  wanted: 60,
  wantedGeneric: 20,
  skill: 40,
  genericSkill: 10,
  city: 30,
  wage: 20,
  wagePartial: 8,
  lodging: 15,
  priority: 10,
  fair: 25,
} as const;

/** yyyymmdd of the calendar date in China at `date`. */
export function toDayNumber(date: Date): number {
  return Number(toChinaDate(date).replaceAll("-", ""));
}

/** Full years of age on `today` (both yyyymmdd): a birthday counts from its own day. */
export function ageOn(birthDay: number, today: number): number {
  const years = Math.floor(today / 10_000) - Math.floor(birthDay / 10_000);
  return today % 10_000 < birthDay % 10_000 ? years - 1 : years;
}

/**
 * The born-on range (yyyymmdd, inclusive) of people whose age on `today` lies within
 * [ageMin, ageMax]: what a search-engine filter on birthDay needs.
 */
export function birthDayRange(today: number, ageMin: number | null, ageMax: number | null): { from: number | null; to: number | null } {
  const monthDay = today % 10_000;
  const year = Math.floor(today / 10_000);
  return {
    // Older than ageMax + 1 on the day is excluded: born after (year - ageMax - 1)-mmdd.
    from: ageMax === null ? null : (year - ageMax - 1) * 10_000 + monthDay + 1,
    to: ageMin === null ? null : (year - ageMin) * 10_000 + monthDay,
  };
}

export function meetsHardConstraints(seeker: SeekerProfile, position: PositionProfile, today: number): boolean {
  if (position.status !== "OPEN") return false;
  if (position.gender !== "ANY" && position.gender !== seeker.gender) return false;
  const age = ageOn(seeker.birthDay, today);
  if (position.ageMin !== null && age < position.ageMin) return false;
  if (position.ageMax !== null && age > position.ageMax) return false;
  return true;
}

/**
 * Families the seeker and the position share, scored as a trade (a specific family) or as a way
 * of working only (普工, 技术员: generic), with the shared families' labels.
 */
function scoreFamilies(
  seekerKeys: readonly string[],
  position: PositionProfile,
  dictionary: { labels: FamilyLabels; isGeneric: (key: string) => boolean },
  weights: { specific: number; generic: number },
  reason: (named: string) => string,
): ScoredMatch {
  const shared = seekerKeys.filter((key) => position.familyKeys.includes(key));
  if (shared.length === 0) return { score: 0, reasons: [] };
  const specific = shared.filter((key) => !dictionary.isGeneric(key));
  const named = (specific.length > 0 ? specific : shared).map((key) => dictionary.labels(key) ?? key);
  return { score: specific.length > 0 ? weights.specific : weights.generic, reasons: [reason(named.join("、"))] };
}

function scoreWage(seeker: SeekerProfile, position: PositionProfile): ScoredMatch {
  const expected = seeker.expectedWageMin;
  if (expected === null) return { score: 0, reasons: [] };
  const range = position.wageMin === position.wageMax ? `${position.wageMin}` : `${position.wageMin}–${position.wageMax}`;
  if (position.wageMin >= expected) {
    const relation = position.wageMin > expected ? "高于" : "达到";
    return { score: WEIGHTS.wage, reasons: [`月薪 ${range} 元，${relation}期望 ${expected} 元`] };
  }
  if (position.wageMax >= expected)
    return { score: WEIGHTS.wagePartial, reasons: [`月薪最高 ${position.wageMax} 元，可达期望 ${expected} 元`] };
  return { score: 0, reasons: [] };
}

/** The score of a pair that meets the hard constraints; reasons in the order they weigh. */
export function scoreMatch(
  seeker: SeekerProfile,
  position: PositionProfile,
  dictionary: { labels: FamilyLabels; isGeneric: (key: string) => boolean },
): ScoredMatch {
  const parts: ScoredMatch[] = [
    scoreFamilies(seeker.wantedKeys, position, dictionary, { specific: WEIGHTS.wanted, generic: WEIGHTS.wantedGeneric }, (n) => `想做${n}`),
    scoreFamilies(
      seeker.familyKeys,
      position,
      dictionary,
      { specific: WEIGHTS.skill, generic: WEIGHTS.genericSkill },
      (n) => `技能匹配：${n}`,
    ),
  ];
  if (seeker.cityKeys.includes(position.cityKey)) parts.push({ score: WEIGHTS.city, reasons: [`意向城市：${position.city}`] });
  parts.push(scoreWage(seeker, position));
  if (seeker.needsLodging && position.lodgingProvided) parts.push({ score: WEIGHTS.lodging, reasons: ["需要住宿，岗位包住"] });
  if (seeker.povertyStatus === "REGISTERED_POOR") parts.push({ score: WEIGHTS.priority, reasons: ["建档立卡户优先"] });
  if (seeker.povertyStatus === "MONITORED") parts.push({ score: WEIGHTS.priority, reasons: ["防返贫监测户优先"] });
  return { score: parts.reduce((sum, p) => sum + p.score, 0), reasons: parts.flatMap((p) => p.reasons) };
}

export interface RankOptions {
  today: number;
  limit: number;
  dictionary: { labels: FamilyLabels; isGeneric: (key: string) => boolean };
}

function rank<T extends { id: string }>(items: T[], score: (item: T) => ScoredMatch | null, limit: number) {
  const scored: { id: string; score: number; reasons: string[] }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const result = score(item);
    if (result) scored.push({ id: item.id, ...result });
  }
  // Ties break on id, so the same data always ranks the same way.
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit);
}

export function rankPositionsForSeeker(seeker: SeekerProfile, positions: PositionProfile[], options: RankOptions) {
  return rank(
    positions,
    (p) => (meetsHardConstraints(seeker, p, options.today) ? scoreMatch(seeker, p, options.dictionary) : null),
    options.limit,
  ).map(({ id, score, reasons }) => ({ positionId: id, score, reasons }));
}

export function rankSeekersForPosition(position: PositionProfile, seekers: SeekerProfile[], options: RankOptions) {
  return rank(
    seekers,
    (s) => (meetsHardConstraints(s, position, options.today) ? scoreMatch(s, position, options.dictionary) : null),
    options.limit,
  ).map(({ id, score, reasons }) => ({ seekerId: id, score, reasons }));
}
