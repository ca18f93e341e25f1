// The 想做什么工作 chips: words of the job-family dictionary (from the contracts package, so
// the desk's form works offline), the kinds of work most people ask for first.
import { JOB_FAMILY_NAMES, type JobFamilyName } from "@xiezuo/contracts";

/** Shown before 更多工种: what people at the fairs ask for most. */
export const COMMON_JOB_FAMILIES: readonly JobFamilyName[] = [
  "普工",
  "焊工",
  "电工",
  "司机",
  "叉车工",
  "厨师",
  "保安",
  "保洁",
  "建筑工",
  "服务员",
  "缝纫/制衣",
  "家政/育婴",
];

/** Most kinds of work a person picks here (the API takes a few more; a phone screen shows fewer). */
export const MAX_CHOSEN_JOB_FAMILIES = 5;

/** The chips to show: the common ones (or all), always with what was chosen. */
export function getJobFamilyChoices(showAll: boolean, chosen: readonly string[]): string[] {
  const offered: string[] = showAll
    ? [...COMMON_JOB_FAMILIES, ...JOB_FAMILY_NAMES.filter((name) => !COMMON_JOB_FAMILIES.includes(name))]
    : [...COMMON_JOB_FAMILIES];
  return [...offered, ...chosen.filter((name) => !offered.includes(name))];
}

/** Adds or removes a kind of work, keeping at most MAX_CHOSEN_JOB_FAMILIES (the oldest choice gives way). */
export function toggleJobFamily(chosen: readonly string[], name: string): string[] {
  if (chosen.includes(name)) return chosen.filter((c) => c !== name);
  return [...chosen, name].slice(-MAX_CHOSEN_JOB_FAMILIES);
}
