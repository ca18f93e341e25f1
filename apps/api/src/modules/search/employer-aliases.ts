// Seekers call employers by short names: 重汽 for 中国重汽集团济南卡车股份有限公司, 山钢
// for 山东钢铁集团有限公司, 蓝思 for 蓝思科技股份有限公司. We derive those names from the
// registered name so every employer is findable without anyone typing aliases in.
import { buildHanNgrams } from "./han-ngrams.ts";
import { isFamilyTerm } from "./job-family-matcher.ts";
import { PLACE_NAMES } from "./places.ts";
import { BENEFITS } from "./query-vocabulary.ts";

/** Legal and organisational words that say nothing about who the employer is. */
const ORGANISATION_WORDS = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "专业合作社",
  "合作社",
  "服务中心",
  "分公司",
  "集团",
  "公司",
  "控股",
  "股份",
];

/** Words naming a line of business; what precedes them is the employer's own name (蓝思科技 → 蓝思). */
const INDUSTRY_WORDS = [
  "科技",
  "技术",
  "信息",
  "网络",
  "制药",
  "药业",
  "医药",
  "生物",
  "食品",
  "物流",
  "快递",
  "服务",
  "服装",
  "服饰",
  "纺织",
  "物业",
  "家政",
  "保安",
  "养老",
  "实业",
  "贸易",
  "商贸",
  "电子",
  "电器",
  "机械",
  "机床",
  "汽车",
  "零部件",
  "制造",
  "工业",
  "重工",
  "化工",
  "建设",
  "建筑",
  "钢铁",
  "钢管",
  "交通",
  "轨道",
  "旅游",
  "发展",
  "大酒店",
  "酒店",
  "餐饮",
  "茶业",
  "种植",
  "农业",
  "能源",
  "环保",
  "印刷",
  "包装",
  "材料",
  "新材料",
  "卡车",
  "投资",
  "管理",
  "文化",
  "传媒",
  "民族",
].sort((a, b) => b.length - a.length);

const PLACE_WORDS = PLACE_NAMES.map((p) => p.name).sort((a, b) => b.length - a.length);
const LEADING_WORDS = ["中国", "中华", ...PLACE_WORDS];
const PLACE_SET = new Set(PLACE_WORDS);
const BENEFIT_SET = new Set(BENEFITS.map((b) => b.phrase));

/** Each stage of removing words from the front (or back), while at least two characters remain. */
function listStrippings(text: string, words: readonly string[], from: "start" | "end"): string[] {
  const stages = [text];
  for (let out = text, changed = true; changed; ) {
    changed = false;
    for (const word of words) {
      const hit = from === "start" ? out.startsWith(word) : out.endsWith(word);
      if (hit && out.length - word.length >= 2) {
        out = from === "start" ? out.slice(word.length) : out.slice(0, -word.length);
        stages.push(out);
        changed = true;
        break;
      }
    }
  }
  return stages;
}

/** 大酒店, 钢铁: a business word alone names no one. */
function isOnlyIndustryWords(text: string): boolean {
  let rest = text;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const word of INDUSTRY_WORDS) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  return rest.length === 0 || rest === "大";
}

/** The distinctive parts of a registered name, between organisation words. */
export function splitEmployerName(name: string): string[] {
  let text = name.normalize("NFKC");
  for (const word of ORGANISATION_WORDS) text = text.split(word).join(" ");
  return text
    .split(/[\s()（）·]+/u)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2);
}

/** 山东钢铁 → 山钢, 济南钢铁 → 济钢: a place's first character and the business's first. */
function abbreviate(part: string): string | null {
  const chars = Array.from(part);
  if (chars.length !== 4 || !PLACE_SET.has(chars.slice(0, 2).join(""))) return null;
  return `${chars[0]}${chars[2]}`;
}

/** A name a seeker could type that must not be read as an employer: a place, a job, a benefit. */
function isUsableAlias(alias: string): boolean {
  return alias.length >= 2 && !PLACE_SET.has(alias) && !isFamilyTerm(alias) && !BENEFIT_SET.has(alias) && !isOnlyIndustryWords(alias);
}

/**
 * Names that stand for this employer when typed whole (重汽, 二机床, 齐鲁制药, 山钢):
 * the short name, each part of the registered name, without leading places and without
 * trailing business words, and place-based abbreviations.
 */
export function buildEmployerAliases(name: string, shortName: string | null): string[] {
  const aliases = new Set<string>();
  if (shortName?.trim()) aliases.add(shortName.trim().normalize("NFKC"));
  for (const part of splitEmployerName(name)) {
    const candidates = listStrippings(part, LEADING_WORDS, "start").flatMap((core) => listStrippings(core, INDUSTRY_WORDS, "end"));
    for (const candidate of [...candidates, abbreviate(part)]) {
      if (candidate && isUsableAlias(candidate)) aliases.add(candidate);
    }
  }
  return [...aliases];
}

/** Words for matching part of an employer's name: its aliases and their Han n-grams. */
export function buildEmployerKeywords(name: string, shortName: string | null): string[] {
  const aliases = buildEmployerAliases(name, shortName);
  return [...new Set([...aliases, ...buildHanNgrams(aliases)])];
}
