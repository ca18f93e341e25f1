// Builds the fair's positions from the sector templates, with openings scaled so that the
// totals come out exactly (bulletin: 6,345 positions, "近 4000" with food and lodging).
import type { EmployerSeed, Sector } from "./employers.data.ts";
import { type GenderRequirementCode, SECTOR_TEMPLATES, type Template, template } from "./position-templates.data.ts";
import { createRng, type Rng } from "./seed-random.ts";

export { type GenderRequirementCode, SECTOR_TEMPLATES } from "./position-templates.data.ts";

/** Sectors found only in Xiangxi: their template wages are already local wages. */
const LOCAL_SECTORS = new Set<Sector>(["food", "tea", "tourism"]);
const CITY_WAGE_FACTOR: Record<string, number> = { 济南: 1, 长沙: 0.95, 衡阳: 0.9, 吉首: 0.82, 古丈: 0.78 };
const EXTRA_TAGS = ["五险一金", "技能培训", "节日福利", "加班补贴", "免费体检", "带薪年假", "长期稳定"];

export interface PositionSeed {
  key: string;
  employerKey: string;
  title: string;
  description: string;
  openings: number;
  wageMin: number;
  wageMax: number;
  city: string;
  foodProvided: boolean;
  lodgingProvided: boolean;
  ageMin: number | null;
  ageMax: number | null;
  gender: GenderRequirementCode;
  tags: string[];
}

function makePosition(key: string, e: EmployerSeed, tpl: Template, rng: Rng, wageGrowth: number): PositionSeed {
  // Jinan labour-cooperation posts for rural labourers come with food and lodging (包吃住);
  // Changsha/Hengyang factories give a dormitory and a meal allowance; Xiangxi ones give meals.
  const food = e.group === "JINAN" || e.city === "吉首" || e.city === "古丈";
  const lodging = e.group === "JINAN" ? !tpl.skilled : e.city === "长沙" || e.city === "衡阳";
  const factor = (LOCAL_SECTORS.has(e.sector) ? 1 : (CITY_WAGE_FACTOR[e.city] ?? 1)) * wageGrowth;
  const round100 = (n: number) => Math.round(n / 100) * 100;
  const wageMin = Math.max(2500, round100(tpl.wage[0] * factor + rng.int(-1, 1) * 100));
  const wageMax = Math.max(wageMin, round100(tpl.wage[1] * factor + rng.int(-1, 2) * 100));
  const benefit =
    food && lodging ? "包吃住（免费员工宿舍和工作餐）。" : lodging ? "免费提供员工宿舍，另发餐补。" : food ? "提供免费工作餐。" : "";
  const coop = e.group === "JINAN" ? "济南—湘西劳务协作岗位，统一组织乘车赴岗。" : "";
  const tags = new Set([...tpl.tags, rng.pick(EXTRA_TAGS)]);
  if (food && lodging) tags.add("包吃住");
  else if (lodging) tags.add("包住");
  else if (food) tags.add("工作餐");
  if (e.kind === "SOE") tags.add("国企");
  if (e.group === "JINAN") tags.add("劳务协作");
  return {
    key,
    employerKey: e.key,
    title: tpl.title,
    description: `${tpl.description}工作地点：${e.city}。${benefit}${coop}`,
    openings: Math.max(1, Math.round(tpl.base * e.scale * (0.6 + rng.next() * 0.8))),
    wageMin,
    wageMax,
    city: e.city,
    foodProvided: food,
    lodgingProvided: lodging,
    ageMin: tpl.age?.[0] ?? null,
    ageMax: tpl.age?.[1] ?? null,
    gender: tpl.gender,
    tags: [...tags],
  };
}

/** Rescales openings within `items` so that they sum to exactly `target` (round figures where large). */
function scaleOpenings(items: PositionSeed[], target: number): void {
  const raw = items.reduce((s, p) => s + p.openings, 0);
  for (const p of items) {
    const v = (p.openings * target) / raw;
    p.openings = v >= 20 ? Math.round(v / 5) * 5 : Math.max(2, Math.round(v));
  }
  const largest = items.reduce((a, b) => (b.openings > a.openings ? b : a));
  largest.openings += target - items.reduce((s, p) => s + p.openings, 0);
}

export const GUZHANG_TOTAL_OPENINGS = 6345;
export const GUZHANG_FOOD_LODGING_OPENINGS = 4012;

/** Positions of the Guzhang fair: 4–7 per employer; openings sum to 6,345, of which 4,012 包吃住. */
export function buildFairPositions(employers: EmployerSeed[], seed = 20170502): PositionSeed[] {
  const rng = createRng(seed);
  const out: PositionSeed[] = [];
  for (const e of employers) {
    const keys = SECTOR_TEMPLATES[e.sector];
    const count = Math.min(keys.length, e.group === "JINAN" ? rng.int(4, 7) : rng.int(3, 6));
    for (const k of rng.shuffle(keys).slice(0, count)) out.push(makePosition(`guzhang:${e.key}:${k}`, e, template(k), rng, 1));
  }
  const fl = out.filter((p) => p.foodProvided && p.lodgingProvided);
  scaleOpenings(fl, GUZHANG_FOOD_LODGING_OPENINGS);
  scaleOpenings(
    out.filter((p) => !(p.foodProvided && p.lodgingProvided)),
    GUZHANG_TOTAL_OPENINGS - GUZHANG_FOOD_LODGING_OPENINGS,
  );
  return out;
}

/** Fresh positions for the upcoming fair, at today's wages (about 1.25× those of 2017). */
export function buildOpenFairPositions(employers: EmployerSeed[], perEmployer: number, seed = 20260101): PositionSeed[] {
  const rng = createRng(seed);
  return employers.flatMap((e) =>
    rng
      .shuffle(SECTOR_TEMPLATES[e.sector])
      .slice(0, perEmployer)
      .map((k) => {
        const p = makePosition(`open:${e.key}:${k}`, e, template(k), rng, 1.25);
        p.openings = p.openings >= 20 ? Math.round(p.openings / 10) * 10 : p.openings;
        return p;
      }),
  );
}
