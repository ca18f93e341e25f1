// Words of a query that state a condition rather than a kind of work.
import type { EmployerKind } from "./position-index.types.ts";

export interface Benefit {
  phrase: string;
  food: boolean;
  lodging: boolean;
}

const BOTH = [
  "包吃住",
  "包吃包住",
  "包食宿",
  "管吃住",
  "管吃管住",
  "管食宿",
  "提供食宿",
  "免费食宿",
  "食宿全包",
  "吃住全包",
  "包三餐住宿",
  "吃住免费",
  "提供吃住",
  "食宿",
  "吃住",
];
const LODGING = [
  "包住",
  "管住",
  "包住宿",
  "提供住宿",
  "免费住宿",
  "提供宿舍",
  "免费宿舍",
  "有宿舍",
  "住宿",
  "宿舍",
  "住厂",
  "可住家",
  "安排住宿",
];
const FOOD = ["包吃", "管吃", "管饭", "包饭", "包餐", "提供餐", "工作餐", "免费工作餐", "提供三餐", "包三餐", "供餐", "伙食"];

/** Benefit phrases, longest first so 包吃住 is read before 包吃. */
export const BENEFITS: readonly Benefit[] = [
  ...BOTH.map((phrase) => ({ phrase, food: true, lodging: true })),
  ...LODGING.map((phrase) => ({ phrase, food: false, lodging: true })),
  ...FOOD.map((phrase) => ({ phrase, food: true, lodging: false })),
].sort((a, b) => b.phrase.length - a.phrase.length);

export const EMPLOYER_KIND_WORDS: readonly { phrase: string; kind: EmployerKind }[] = [
  { phrase: "国有企业", kind: "SOE" },
  { phrase: "国企", kind: "SOE" },
  { phrase: "央企", kind: "SOE" },
  { phrase: "民营企业", kind: "PRIVATE" },
  { phrase: "民企", kind: "PRIVATE" },
  { phrase: "私企", kind: "PRIVATE" },
  { phrase: "外资企业", kind: "FOREIGN" },
  { phrase: "外企", kind: "FOREIGN" },
  { phrase: "外资", kind: "FOREIGN" },
  { phrase: "事业单位", kind: "PUBLIC" },
  { phrase: "机关单位", kind: "PUBLIC" },
];

/** Filler a seeker types around what they want (我想找…的工作); removed before searching. */
export const FILLER_PHRASES: readonly string[] = [
  "找工作",
  "求职",
  "招聘",
  "急招",
  "急聘",
  "诚聘",
  "高薪",
  "岗位",
  "职位",
  "工作",
  "有没有",
  "附近",
  "哪里有",
  "想找",
  "想做",
  "想要",
  "我想",
  "我要",
  "请问",
  "需要",
  "以上",
  "左右",
  "月薪",
  "工资",
  "薪资",
  "待遇",
  "每月",
  "一个月",
  "元",
  "块",
  "打工",
  "干活",
  "上班",
  "集团",
  "有限公司",
  "公司",
  "的",
  "我",
  "起",
  "多",
  "个",
  "活",
  "找",
  "招",
  "在",
  "和",
  "或",
  "吗",
];

/** Chinese numerals a seeker writes in wages: 六千, 一万二, 两千五. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
