// How a position reads aloud (朗读): shared by the position page and the seeker's matches (我的).
import type { PositionTerms } from "./position-format.ts";

export interface SpeakablePosition extends PositionTerms {
  title: string;
  description: string;
  city: string;
  employerName: string | null;
  /** Titles of the fairs where the employer recruits for it. */
  fairTitles?: readonly string[];
}

/** Speech engines read "5,500" or "–" badly; plain digits and 到 read naturally. */
function speakWage(wageMin: number, wageMax: number): string {
  return wageMin === wageMax ? `每月工资${wageMin}元` : `每月工资${wageMin}到${wageMax}元`;
}

function speakAge(ageMin: number | null | undefined, ageMax: number | null | undefined): string | null {
  const hasMin = typeof ageMin === "number";
  const hasMax = typeof ageMax === "number";
  if (hasMin && hasMax) return ageMin === ageMax ? `年龄要求${ageMin}岁` : `年龄要求${ageMin}到${ageMax}岁`;
  if (hasMin) return `年龄要求${ageMin}岁以上`;
  if (hasMax) return `年龄要求${ageMax}岁以下`;
  return null;
}

function speakBoard(food: boolean, lodging: boolean): string {
  if (food && lodging) return "包吃包住";
  if (food) return "包吃，不包住";
  if (lodging) return "包住，不包吃";
  return "不包吃住";
}

const SPEAK_GENDER = { ANY: "男女不限", MALE: "只招男性", FEMALE: "只招女性" } as const;

/** Ends a clause with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[。！？!?.]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

/**
 * A short spoken summary of a position, in the order a job seeker asks: what job, who
 * hires, where, how much, how many, food and lodging, who may apply, then the details.
 */
export function buildPositionSpeech(position: SpeakablePosition): string {
  const parts = [
    position.employerName ? `${position.employerName}招聘${position.title}` : `岗位：${position.title}`,
    `工作地点在${position.city}`,
    speakWage(position.wageMin, position.wageMax),
    `招${position.openings}人`,
    speakBoard(position.foodProvided, position.lodgingProvided),
  ];
  const age = speakAge(position.ageMin, position.ageMax);
  if (age) parts.push(age);
  if (position.gender) parts.push(SPEAK_GENDER[position.gender]);
  const fairs = position.fairTitles ?? [];
  if (fairs.length > 0) parts.push(`参加${fairs.join("、")}`);
  const description = position.description.trim();
  if (description) parts.push(`岗位介绍：${description}`);
  return parts.map(sentence).join("");
}
