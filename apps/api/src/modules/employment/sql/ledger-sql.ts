// The pieces the employment ledger's statements share. Their values are always $1, $2 (the
// report region's code range, lib/scope.ts reportRegionValues: nulls for everything) first.
//
// Who is counted (a worker, 劳动力): a seeker homed in the region (homeRegionCode in the
// range) whose household has labourCapableMembers > 0. Seekers without household are not on
// the registry's roster and are left out. The roster is today's: a worker registered in
// November counts as not employed in the months before.
//
// When a placement holds a worker in a month: it started on or before the month's last day,
// and it has not ended or ended on or after the month's first day (the day a follow-up found
// the worker gone still counts: nobody knows the exact day they left). So a month counts
// a worker who worked any day of it.
//
// Where (the bucket): the placement's workRegionCode against the worker's homeRegionCode —
// another province (first two digits differ) 3, the province but another county (six digits
// differ) 2, the home county 1. Of several placements in one month the highest bucket wins.
import { z } from "zod";
import { regionScopeSql } from "../../../lib/scope.ts";

export type RegionRangeValues = [regionFrom: string | null, regionTo: string | null];

/** `workers` (id, home, name, idNumberMasked, householdCode, regionCode, township, village), on $1, $2. */
export const WORKERS_CTE = `workers AS (
      SELECT s.id, s."homeRegionCode" AS home, s.name, s."idNumberMasked", h.code AS "householdCode",
             h."regionCode", h.township, h.village
      FROM seekers s JOIN households h ON h.id = s."householdId"
      WHERE h."labourCapableMembers" > 0 AND ${regionScopeSql('s."homeRegionCode"', 1)}
    )`;

/**
 * `workers` with only what the figures need (id, home, regionCode, township), on $1, $2: the
 * index seekers(homeRegionCode, householdId, id) answers the seekers' side without reading
 * their rows (a million wide rows at the prefecture).
 */
export const WORKER_FIGURES_CTE = `workers AS (
      SELECT s.id, s."homeRegionCode" AS home, h."regionCode", h.township
      FROM seekers s JOIN households h ON h.id = s."householdId"
      WHERE h."labourCapableMembers" > 0 AND ${regionScopeSql('s."homeRegionCode"', 1)}
    )`;

/** Placement `p` of worker `w` as 3 (out of province), 2 (in province, another county), 1 (home county). */
export const BUCKET = `CASE WHEN left(p."workRegionCode", 2) <> left(w.home, 2) THEN 3
             WHEN p."workRegionCode" <> w.home THEN 2 ELSE 1 END`;

/** Placement `p` held its worker on some day between `first` and `last` (SQL date expressions). */
export function heldBetween(first: string, last: string): string {
  return `(p."startedOn" <= ${last} AND (p."endedOn" IS NULL OR p."endedOn" >= ${first}))`;
}

/** A bucket as the contract's word (EMPLOYMENT_PLACES); null → notEmployed. */
export function placeOf(bucket: string): string {
  return `CASE ${bucket} WHEN 3 THEN 'outOfProvince' WHEN 2 THEN 'inProvince' WHEN 1 THEN 'inCounty' ELSE 'notEmployed' END`;
}

/** Counts of the four buckets over rows with a nullable `bucket` column, as the contract's figures. */
export const FIGURES = `count(*) FILTER (WHERE bucket = 3)::int AS "outOfProvince",
           count(*) FILTER (WHERE bucket = 2)::int AS "inProvince",
           count(*) FILTER (WHERE bucket = 1)::int AS "inCounty",
           count(*) FILTER (WHERE bucket IS NULL)::int AS "notEmployed"`;

/** The row columns of the figures (workers and the four places). */
export const FIGURE_COLUMNS = {
  workers: z.number().int(),
  outOfProvince: z.number().int(),
  inProvince: z.number().int(),
  inCounty: z.number().int(),
  notEmployed: z.number().int(),
};

/**
 * `workers`, `held` and `figures` (one row per township: regionCode, township and the figures)
 * of the month from $3 to $4, on $1, $2: the month's ledger, and a county's cell of it.
 */
export const TOWNSHIP_FIGURES_CTES = `${WORKER_FIGURES_CTE},
    held AS (
      SELECT p."seekerId" AS id, max(${BUCKET}) AS bucket
      FROM workers w JOIN placements p ON p."seekerId" = w.id
      WHERE ${heldBetween("$3::date", "$4::date")}
      GROUP BY p."seekerId"
    ),
    figures AS (
      SELECT w."regionCode", w.township, count(*)::int AS workers, ${FIGURES}
      FROM workers w LEFT JOIN held ON held.id = w.id
      GROUP BY w."regionCode", w.township
    )`;

/** One township's row of the ledger. */
export const TOWNSHIP_FIGURES_ROW = z.strictObject({ regionCode: z.string(), township: z.string(), ...FIGURE_COLUMNS });
