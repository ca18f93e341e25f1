// How a position's pay and terms are written: shared by the job board, the seeker's matches (我的) and the
// employer's position list, so it lives here rather than in one of those features.
import { formatNumber } from "./format.ts";

/** The fields of a position that describe pay, benefits and who may apply. */
export interface PositionTerms {
  wageMin: number;
  wageMax: number;
  openings: number;
  foodProvided: boolean;
  lodgingProvided: boolean;
  ageMin?: number | null;
  ageMax?: number | null;
  gender?: "ANY" | "MALE" | "FEMALE";
}

/** 5500–8000 → "5,500–8,000 元/月"; a fixed wage → "6,000 元/月". */
export function formatWageRange(wageMin: number, wageMax: number): string {
  if (wageMin === wageMax) return `${formatNumber(wageMin)} 元/月`;
  return `${formatNumber(wageMin)}–${formatNumber(wageMax)} 元/月`;
}

/** 60 → "招 60 人". */
export function formatOpenings(openings: number): string {
  return `招 ${formatNumber(openings)} 人`;
}

/** "包吃住", "包吃", "包住", or null when neither is provided. */
export function getBoardLabel(terms: Pick<PositionTerms, "foodProvided" | "lodgingProvided">): string | null {
  if (terms.foodProvided && terms.lodgingProvided) return "包吃住";
  if (terms.foodProvided) return "包吃";
  if (terms.lodgingProvided) return "包住";
  return null;
}

/** 18 and 40 → "18–40 岁"; only a lower bound → "18 岁以上"; none → "不限". */
export function formatAgeRange(ageMin: number | null | undefined, ageMax: number | null | undefined): string {
  const hasMin = typeof ageMin === "number";
  const hasMax = typeof ageMax === "number";
  if (hasMin && hasMax) return ageMin === ageMax ? `${ageMin} 岁` : `${ageMin}–${ageMax} 岁`;
  if (hasMin) return `${ageMin} 岁以上`;
  if (hasMax) return `${ageMax} 岁以下`;
  return "不限";
}

export const GENDER_REQUIREMENT_LABELS: Record<NonNullable<PositionTerms["gender"]>, string> = {
  ANY: "男女不限",
  MALE: "限男性",
  FEMALE: "限女性",
};
