import { type EmployerKind, EmployerKindSchema } from "@xiezuo/contracts";

/** What the job board is showing; mirrored in the page URL so a search can be shared. */
export interface JobFilters {
  q: string;
  /** Search the words as typed, not as the search would read them (旱工 stays 旱工, not 焊工). */
  exact: boolean;
  city: string | null;
  /** 包吃住: both food and lodging provided. */
  foodAndLodging: boolean;
  /** Lowest acceptable monthly wage: keeps positions paying at least this much at the top. */
  wageMin: number | null;
  employerKind: EmployerKind | null;
  /** A fair's own job board. */
  fairId: string | null;
}

export const EMPTY_FILTERS: JobFilters = {
  q: "",
  exact: false,
  city: null,
  foodAndLodging: false,
  wageMin: null,
  employerKind: null,
  fairId: null,
};

/** The wage chips: "4000以上" and so on. */
export const WAGE_CHOICES: readonly number[] = [4000, 6000, 8000];

export const MAX_QUERY_LENGTH = 50;
const MAX_CITY_LENGTH = 40;
const MAX_WAGE = 1_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Long digit runs look like an ID card or phone number, which must never reach a URL,
 * the search service or its logs. Job words never need them; they are cut out.
 */
const PERSONAL_NUMBER = /\d{6,}[\dXx]?/g;

export function hasPersonalNumber(text: string): boolean {
  return text.search(PERSONAL_NUMBER) !== -1;
}

/** The search words as they may be stored and sent: no long numbers, single spaces, bounded. */
export function cleanQuery(text: string): string {
  return text.replace(PERSONAL_NUMBER, " ").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

function readText(params: URLSearchParams, key: string, max: number): string | null {
  const value = params.get(key)?.trim();
  return value ? value.slice(0, max) : null;
}

function readWage(params: URLSearchParams): number | null {
  const raw = params.get("wage");
  if (raw === null || !/^\d{1,7}$/.test(raw)) return null;
  const value = Number(raw);
  return value > 0 && value <= MAX_WAGE ? value : null;
}

/** Reads the filters from the page URL; anything malformed is ignored rather than an error. */
export function parseJobFilters(params: URLSearchParams): JobFilters {
  const kind = EmployerKindSchema.safeParse(params.get("kind"));
  const fairId = params.get("fairId");
  const q = cleanQuery(params.get("q") ?? "");
  return {
    q,
    exact: q !== "" && params.get("exact") === "1",
    city: readText(params, "city", MAX_CITY_LENGTH),
    foodAndLodging: params.get("bao") === "1",
    wageMin: readWage(params),
    employerKind: kind.success ? kind.data : null,
    fairId: fairId && UUID.test(fairId) ? fairId.toLowerCase() : null,
  };
}

/** The page URL's query for the filters: only what is set, in a fixed order. */
export function toPageParams(filters: JobFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = cleanQuery(filters.q);
  if (q) params.set("q", q);
  if (q && filters.exact) params.set("exact", "1");
  if (filters.city) params.set("city", filters.city);
  if (filters.foodAndLodging) params.set("bao", "1");
  if (filters.wageMin !== null) params.set("wage", String(filters.wageMin));
  if (filters.employerKind) params.set("kind", filters.employerKind);
  if (filters.fairId) params.set("fairId", filters.fairId);
  return params;
}

/** The query of `GET /api/search/positions` for the filters and one page of results. */
export function toSearchApiParams(filters: JobFilters, page: { limit: number; offset: number }): URLSearchParams {
  const params = new URLSearchParams();
  const q = cleanQuery(filters.q);
  if (q) params.set("q", q);
  if (q && filters.exact) params.set("exact", "1");
  if (filters.city) params.set("city", filters.city);
  if (filters.foodAndLodging) {
    params.set("foodProvided", "true");
    params.set("lodgingProvided", "true");
  }
  if (filters.wageMin !== null) params.set("wageMin", String(filters.wageMin));
  if (filters.fairId) params.set("fairId", filters.fairId);
  if (filters.employerKind) params.set("employerKind", filters.employerKind);
  params.set("limit", String(page.limit));
  params.set("offset", String(page.offset));
  return params;
}

export function hasActiveFilters(filters: JobFilters): boolean {
  return filters.city !== null || filters.foodAndLodging || filters.wageMin !== null || filters.employerKind !== null;
}

/** Suggestions for an empty result: the filters to drop, most restrictive first. */
export function getRelaxations(filters: JobFilters): { label: string; filters: JobFilters }[] {
  const relaxations: { label: string; filters: JobFilters }[] = [];
  if (filters.wageMin !== null) relaxations.push({ label: "不限工资", filters: { ...filters, wageMin: null } });
  if (filters.foodAndLodging) relaxations.push({ label: "不限包吃住", filters: { ...filters, foodAndLodging: false } });
  if (filters.city) relaxations.push({ label: "不限城市", filters: { ...filters, city: null } });
  if (filters.employerKind) relaxations.push({ label: "不限单位类型", filters: { ...filters, employerKind: null } });
  if (filters.q && (relaxations.length > 0 || filters.fairId)) relaxations.push({ label: "清除搜索词", filters: { ...filters, q: "" } });
  return relaxations;
}
