// Household registry of Guzhang county (古丈县, 433126): its seven towns with village names
// (towns are real; villages are real or plausible), poverty status and labour capacity.
import { createRng } from "./seed-random.ts";

export const GUZHANG_REGION_CODE = "433126";

export type PovertyStatusCode = "REGISTERED_POOR" | "LIFTED" | "MONITORED" | "NONE";

/** Town → villages; the weight reflects its rural population and how poor it is. */
export const GUZHANG_TOWNSHIPS: { name: string; weight: number; poorShare: number; villages: string[] }[] = [
  { name: "古阳镇", weight: 1.3, poorShare: 0.24, villages: ["河西村", "白竹村", "太平村", "排若村", "丫角村", "龙天坪村", "沙坪村"] },
  { name: "默戎镇", weight: 1.1, poorShare: 0.33, villages: ["翁草村", "牛角山村", "龙鼻村", "默戎村", "毛坪村", "中寨村", "九龙村"] },
  { name: "红石林镇", weight: 1.0, poorShare: 0.31, villages: ["红石林村", "老司岩村", "张家坪村", "坐苦坝村", "列溪村", "花兰村"] },
  { name: "断龙山镇", weight: 1.0, poorShare: 0.34, villages: ["断龙村", "田家洞村", "杉木河村", "青竹村", "岩坪村", "夯吾村"] },
  { name: "坪坝镇", weight: 0.9, poorShare: 0.36, villages: ["坪坝村", "曹家村", "小白村", "磨刀村", "寨阳村", "溪口村"] },
  { name: "高峰镇", weight: 0.8, poorShare: 0.38, villages: ["高峰村", "坐龙村", "李家村", "宋家村", "岩排溪村", "镇溪村"] },
  { name: "岩头寨镇", weight: 0.9, poorShare: 0.35, villages: ["岩头寨村", "梳头溪村", "洞溪村", "排口村", "泥溪村", "龙坪村"] },
];

export interface HouseholdSeed {
  key: string;
  code: string;
  regionCode: string;
  township: string;
  village: string;
  povertyStatus: PovertyStatusCode;
  labourCapableMembers: number;
}

const LABOUR_CAPABLE_WEIGHTS = [0.08, 0.27, 0.4, 0.18, 0.07];

/** About 2,400 households, coded `433126-0001001` upwards in registry order. */
export function buildHouseholds(seed = 20170503): HouseholdSeed[] {
  const rng = createRng(seed);
  const out: HouseholdSeed[] = [];
  let seq = 1000;
  for (const town of GUZHANG_TOWNSHIPS) {
    for (const village of town.villages) {
      const count = Math.round(rng.int(38, 62) * town.weight);
      for (let i = 0; i < count; i++) {
        seq += rng.int(1, 3);
        const r = rng.next();
        const povertyStatus: PovertyStatusCode =
          r < town.poorShare ? "REGISTERED_POOR" : r < town.poorShare + 0.18 ? "LIFTED" : r < town.poorShare + 0.23 ? "MONITORED" : "NONE";
        const labourCapableMembers = rng.weighted([0, 1, 2, 3, 4], (n) => LABOUR_CAPABLE_WEIGHTS[n] ?? 0);
        out.push({
          key: String(seq),
          code: `${GUZHANG_REGION_CODE}-${String(seq).padStart(7, "0")}`,
          regionCode: GUZHANG_REGION_CODE,
          township: town.name,
          village,
          povertyStatus,
          labourCapableMembers,
        });
      }
    }
  }
  return out;
}
