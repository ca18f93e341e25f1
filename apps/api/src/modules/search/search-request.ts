// Turns an API search (query string parameters + the parsed free text) into one
// Meilisearch search request. Pure, so the translation is unit-tested on its own.
import type { SearchPositionsQuery } from "@xiezuo/contracts";
import { familyToken } from "./job-families.ts";
import { normalizeCity } from "./places.ts";
import type { ParsedQuery } from "./query-parser.ts";

export const FACETS = ["city", "employerKind"] as const;

export interface MeiliSearchRequest {
  q: string;
  filter: string[];
  sort?: string[];
  facets: string[];
  limit: number;
  offset: number;
  matchingStrategy: "last";
  locales: ["cmn"];
}

/** A filter value in double quotes, with the quote and backslash escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function anyOf(attribute: string, values: readonly string[]): string {
  return values.length === 1
    ? `${attribute} = ${quoteFilterValue(values[0]!)}`
    : `${attribute} IN [${values.map(quoteFilterValue).join(", ")}]`;
}

/**
 * The query words, most decisive first: Meilisearch's "last" strategy drops words from the
 * end when nothing matches them all, so a family token is never dropped, and literal job
 * words (焊工) only decide the order within the family.
 */
function buildQueryText(parsed: ParsedQuery): string {
  const familyFirst = parsed.families.length === 1 ? [familyToken(parsed.families[0]!)] : [];
  // With a stated wage, pay orders the family (sort applies only among equally matched documents).
  const familyWords = parsed.families.length === 1 && parsed.wageFloor === null ? parsed.familyWords : [];
  return [...familyFirst, ...parsed.words, ...familyWords].join(" ");
}

export function buildSearchRequest(query: SearchPositionsQuery, parsed: ParsedQuery): MeiliSearchRequest {
  const filter: string[] = [`status = "OPEN"`];
  if (query.fairId) filter.push(`fairIds = ${quoteFilterValue(query.fairId)}`);
  if (query.city) filter.push(`cityKey = ${quoteFilterValue(normalizeCity(query.city))}`);
  if (parsed.cities.length > 0) filter.push(anyOf("cityKey", parsed.cities.map(normalizeCity)));
  if (query.employerKind) filter.push(`employerKind = ${quoteFilterValue(query.employerKind)}`);
  if (parsed.employerKinds.length > 0) filter.push(anyOf("employerKind", parsed.employerKinds));
  if (parsed.employers.length > 0) filter.push(anyOf("employerAliases", parsed.employers));
  if (query.foodProvided !== undefined) filter.push(`foodProvided = ${query.foodProvided}`);
  else if (parsed.foodProvided) filter.push("foodProvided = true");
  if (query.lodgingProvided !== undefined) filter.push(`lodgingProvided = ${query.lodgingProvided}`);
  else if (parsed.lodgingProvided) filter.push("lodgingProvided = true");
  if (query.wageMin !== undefined) filter.push(`wageMax >= ${query.wageMin}`);
  if (parsed.wageFloor !== null) filter.push(`wageMax >= ${parsed.wageFloor}`);
  if (parsed.age !== null) {
    filter.push(`ageMin IS NULL OR ageMin <= ${parsed.age}`, `ageMax IS NULL OR ageMax >= ${parsed.age}`);
  }
  // Several families (电工 焊工) mean "any of them": a filter, since query words would
  // require the first one.
  if (parsed.families.length > 1) filter.push(anyOf("familyKeys", parsed.families));

  const q = buildQueryText(parsed);
  return {
    q,
    filter,
    // A stated wage floor puts the best-paid first, after the text relevance rules; with
    // no words to rank by, the newest positions come first.
    sort: parsed.wageFloor !== null ? ["wageMin:desc"] : q === "" ? ["updatedAt:desc"] : undefined,
    facets: [...FACETS],
    limit: query.limit,
    offset: query.offset,
    matchingStrategy: "last",
    locales: ["cmn"],
  };
}

/**
 * Looser readings to try, in order, when a search finds nothing: first without the free
 * words (我想找浪潮的活 → 活 matches nothing, 浪潮 still filters), then with the job words
 * searched as plain text instead of as a family (a position our dictionary does not place).
 */
export function relaxQuery(parsed: ParsedQuery): ParsedQuery[] {
  const readings: ParsedQuery[] = [];
  const statesMore =
    parsed.families.length > 0 ||
    parsed.employers.length > 0 ||
    parsed.cities.length > 0 ||
    parsed.employerKinds.length > 0 ||
    parsed.wageFloor !== null ||
    parsed.age !== null ||
    parsed.foodProvided ||
    parsed.lodgingProvided;
  if (parsed.words.length > 0 && statesMore) readings.push({ ...parsed, words: [] });
  if (parsed.families.length > 0)
    readings.push({ ...parsed, families: [], familyWords: [], words: [...parsed.words, ...parsed.familyWords] });
  return readings;
}

/**
 * Every reading to try, in order, when the first finds nothing: the query read with one-key
 * slips (抄车 → 叉车) when that reads it otherwise, then the looser readings of relaxQuery.
 */
export function listLooserReadings(parsed: ParsedQuery, withSlips: ParsedQuery | null): ParsedQuery[] {
  const slip = withSlips && withSlips.readAs !== null && withSlips.readAs !== parsed.readAs ? [withSlips] : [];
  return [...slip, ...relaxQuery(parsed)];
}
