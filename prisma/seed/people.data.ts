// Job seekers who came to the Guzhang fair: names common in the Tujia/Miao area, valid
// resident ID numbers and mobile numbers (generated, unique), and plausible profiles.
import { generateIdNumber, generatePhone } from "../../packages/contracts/src/validators/index.ts";
import type { HouseholdSeed, PovertyStatusCode } from "./households.data.ts";
import { createRng, type Rng } from "./seed-random.ts";

export type GenderCode = "MALE" | "FEMALE";

/** Surname → relative frequency in Guzhang and its neighbours. */
const SURNAMES: [string, number][] = [
  ["彭", 12],
  ["向", 11],
  ["田", 10],
  ["龙", 9],
  ["石", 8],
  ["杨", 8],
  ["张", 7],
  ["王", 5],
  ["李", 5],
  ["吴", 5],
  ["麻", 4],
  ["滕", 4],
  ["梁", 3],
  ["符", 3],
  ["胡", 3],
  ["刘", 3],
  ["黄", 2],
  ["宋", 2],
  ["周", 2],
  ["唐", 2],
  ["覃", 2],
  ["瞿", 2],
  ["鲁", 1],
  ["姚", 1],
  ["谭", 2],
  ["陈", 2],
  ["舒", 1],
  ["汪", 1],
];
const GIVEN: Record<GenderCode, { first: string; second: string; single: string }> = {
  MALE: {
    first: "志建国海明永文光德春小家金云世宏正伟昌荣学长",
    second: "军华强平勇林斌峰刚明成辉涛波龙兵杰生福清松",
    single: "勇军斌刚杰鹏磊伟浩超",
  },
  FEMALE: { first: "秀丽美春小桂玉金晓红海雪艳爱翠银", second: "英兰芳梅花娟霞琴燕萍玲莲群珍丹敏", single: "丽芳娟燕敏静婷霞琼慧" },
};
const SKILLS: Record<GenderCode, string[]> = {
  MALE: ["电焊", "驾驶（C1）", "砌筑", "木工", "电工", "叉车", "养殖", "种植", "厨艺", "钢筋", "机修"],
  FEMALE: ["缝纫", "家政", "育婴", "厨艺", "种植", "采茶", "电商", "收银", "养殖"],
};
const CITY_PREFERENCES: [string[], number][] = [
  [["济南"], 26],
  [["长沙"], 14],
  [["古丈"], 16],
  [["吉首"], 10],
  [["济南", "长沙"], 10],
  [["古丈", "吉首"], 12],
  [["衡阳"], 4],
  [["长沙", "衡阳"], 4],
  [["济南", "吉首"], 4],
];
/** Xiangxi counties, for seekers from outside the Guzhang registry. */
const XIANGXI_COUNTIES = ["433126", "433101", "433127", "433125", "433124", "433122", "433130", "433123"];

export interface SeekerSeed {
  key: number;
  name: string;
  idNumber: string;
  phone: string;
  gender: GenderCode;
  /** `YYYY-MM-DD`, as encoded in the ID number. */
  birthDate: string;
  ageAtFair: number;
  householdKey: string | null;
  povertyStatus: PovertyStatusCode | null;
  education: string;
  skills: string[];
  preferredCities: string[];
  expectedWageMin: number | null;
  needsLodging: boolean;
  /** Seekers of one household arrive together. */
  arrivalGroup: number;
}

function givenName(rng: Rng, gender: GenderCode): string {
  const g = GIVEN[gender];
  const ch = (s: string) => s.charAt(rng.int(0, s.length - 1));
  return rng.chance(0.22) ? ch(g.single) : ch(g.first) + ch(g.second);
}

function education(rng: Rng, age: number): string {
  if (age >= 45) return rng.weighted(["小学", "初中", "高中"], (e) => ({ 小学: 50, 初中: 45, 高中: 5 })[e] ?? 0);
  if (age >= 30) return rng.weighted(["小学", "初中", "高中", "中专"], (e) => ({ 小学: 15, 初中: 60, 高中: 15, 中专: 10 })[e] ?? 0);
  return rng.weighted(["初中", "高中", "中专", "大专"], (e) => ({ 初中: 40, 高中: 25, 中专: 20, 大专: 15 })[e] ?? 0);
}

/** Age 18–58 on `fairDay`, peaking around 38, and a birth date giving exactly that age. */
function birth(rng: Rng, fairDay: string): { age: number; date: string } {
  const age = 18 + Math.round(20 * (rng.next() + rng.next()));
  const [y, m, d] = fairDay.split("-").map(Number) as [number, number, number];
  const latest = Date.UTC(y - age, m - 1, d);
  const earliest = Date.UTC(y - age - 1, m - 1, d + 1);
  const days = Math.round((latest - earliest) / 86_400_000);
  return { age, date: new Date(earliest + rng.int(0, days) * 86_400_000).toISOString().slice(0, 10) };
}

export interface BuildSeekersOptions {
  /** Fair day in Asia/Shanghai, `YYYY-MM-DD`: ages are counted to it. */
  fairDay: string;
  total: number;
  /** How many of them belong to a household of the registry. */
  fromRegistry: number;
  seed?: number;
}

export function buildSeekers(households: HouseholdSeed[], options: BuildSeekersOptions): SeekerSeed[] {
  const rng = createRng(options.seed ?? 20170504);
  const ids = new Set<string>();
  const phones = new Set<string>();
  const out: SeekerSeed[] = [];
  let group = 0;

  const add = (regionCode: string, gender: GenderCode, surname: string, household: HouseholdSeed | null) => {
    const { age, date } = birth(rng, options.fairDay);
    let idNumber = generateIdNumber({ regionCode, birthDate: date, gender }, rng.next);
    while (ids.has(idNumber)) idNumber = generateIdNumber({ regionCode, birthDate: date, gender }, rng.next);
    ids.add(idNumber);
    let phone = generatePhone(rng.next);
    while (phones.has(phone)) phone = generatePhone(rng.next);
    phones.add(phone);
    const preferredCities = rng.weighted(CITY_PREFERENCES, ([, w]) => w)[0];
    const skills = rng.shuffle(SKILLS[gender]).slice(
      0,
      rng.weighted([0, 1, 2, 3], (n) => [30, 40, 22, 8][n] ?? 0),
    );
    out.push({
      key: out.length + 1,
      name: surname + givenName(rng, gender),
      idNumber,
      phone,
      gender,
      birthDate: date,
      ageAtFair: age,
      householdKey: household?.key ?? null,
      povertyStatus: household?.povertyStatus ?? null,
      education: education(rng, age),
      skills,
      preferredCities: [...preferredCities],
      expectedWageMin: rng.chance(0.1) ? null : rng.weighted([2500, 3000, 3500, 4000, 4500, 5000], (w) => (w >= 3000 && w <= 4000 ? 3 : 1)),
      needsLodging: preferredCities.some((c) => c !== "古丈"),
      arrivalGroup: group,
    });
  };
  const pickSurname = () => rng.weighted(SURNAMES, ([, w]) => w)[0];
  const pickGender = (): GenderCode => (rng.chance(0.58) ? "MALE" : "FEMALE");

  // Village cadres mobilised poor households first; each attending household sends 1–2 members.
  const attendP: Record<PovertyStatusCode, number> = { REGISTERED_POOR: 0.5, MONITORED: 0.45, LIFTED: 0.4, NONE: 0.32 };
  const attending = new Set<string>();
  const candidates = households.filter((h) => h.labourCapableMembers > 0);
  while (out.length < options.fromRegistry) {
    const before = out.length;
    for (const h of rng.shuffle(candidates)) {
      if (out.length >= options.fromRegistry) break;
      if (attending.has(h.key) || !rng.chance(attendP[h.povertyStatus])) continue;
      attending.add(h.key);
      group += 1;
      const surname = pickSurname();
      const members = h.labourCapableMembers >= 2 && rng.chance(0.22) ? 2 : 1;
      for (let m = 0; m < members && out.length < options.fromRegistry; m++) {
        add("433126", pickGender(), m === 0 || rng.chance(0.6) ? surname : pickSurname(), h);
      }
    }
    if (out.length === before) throw new Error("buildSeekers: not enough labour-capable households");
  }
  while (out.length < options.total) {
    group += 1;
    add(rng.pick(XIANGXI_COUNTIES), pickGender(), pickSurname(), null);
  }
  return out;
}
