import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { BUCKET, heldBetween, placeOf, type RegionRangeValues, WORKERS_CTE } from "./ledger-sql.ts";

/**
 * The ledger's file: one row per worker for the month ($3 first day, $4 last day) with the
 * placement that decided its bucket (the highest, then the latest started) and the number
 * of months from $5 (January of that year) to the month in which any placement held it.
 */
export const EMPLOYMENT_WORKERS = sqlStatement<[...RegionRangeValues, monthFirst: Date, monthLast: Date, yearFirst: Date]>()({
  name: "employment_workers_v1",
  text: `
    WITH ${WORKERS_CTE},
    best AS (
      SELECT DISTINCT ON (p."seekerId") p."seekerId" AS id, ${BUCKET} AS bucket, e.name AS "employerName",
             p."workRegionCode", p."workCity"
      FROM workers w JOIN placements p ON p."seekerId" = w.id JOIN employers e ON e.id = p."employerId"
      WHERE ${heldBetween("$3::date", "$4::date")}
      ORDER BY p."seekerId", bucket DESC, p."startedOn" DESC, p.id
    ),
    months AS (
      SELECT m::date AS first, (m + interval '1 month' - interval '1 day')::date AS last
      FROM generate_series($5::date, $3::date, interval '1 month') m
    ),
    employed AS (
      SELECT p."seekerId" AS id, count(DISTINCT mo.first)::int AS n
      FROM workers w JOIN placements p ON p."seekerId" = w.id JOIN months mo ON ${heldBetween("mo.first", "mo.last")}
      GROUP BY p."seekerId"
    )
    SELECT w.name, w."idNumberMasked", w."householdCode", w.township, w.village,
           ${placeOf("best.bucket")} AS place, best."employerName", best."workRegionCode", best."workCity",
           coalesce(employed.n, 0)::int AS "monthsEmployed"
    FROM workers w LEFT JOIN best ON best.id = w.id LEFT JOIN employed ON employed.id = w.id
    ORDER BY w."regionCode", w.township, w.village, w."householdCode", w.name, w.id`,
  row: z.strictObject({
    name: z.string(),
    idNumberMasked: z.string(),
    householdCode: z.string(),
    township: z.string(),
    village: z.string(),
    place: z.enum(["outOfProvince", "inProvince", "inCounty", "notEmployed"]),
    employerName: z.string().nullable(),
    workRegionCode: z.string().nullable(),
    workCity: z.string().nullable(),
    monthsEmployed: z.number().int(),
  }),
});
