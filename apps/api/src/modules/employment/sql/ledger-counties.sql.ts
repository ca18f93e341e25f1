import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import type { RegionRangeValues } from "./ledger-sql.ts";

/**
 * The counties (first six digits of seekers' home region codes) in the report region $1, $2,
 * one index probe each (a loose scan of seekers(homeRegionCode)), in code order. A code that is
 * not six digits ends the list: the caller then counts the ledger as a whole.
 */
export const LEDGER_COUNTIES = sqlStatement<[...RegionRangeValues]>()({
  name: "employment_ledger_counties_v1",
  text: `
    WITH RECURSIVE counties(code) AS (
      SELECT left(min("homeRegionCode"), 6) FROM seekers
      WHERE ($1::text IS NULL OR ("homeRegionCode" >= $1::text AND "homeRegionCode" < $2::text))
      UNION ALL
      SELECT (SELECT left(min(s."homeRegionCode"), 6) FROM seekers s
              WHERE s."homeRegionCode" >= lpad((c.code::bigint + 1)::text, 6, '0')
                AND ($2::text IS NULL OR s."homeRegionCode" < $2::text))
      FROM counties c WHERE c.code ~ '^[0-9]{6}$'
    )
    SELECT code AS county FROM counties WHERE code IS NOT NULL`,
  row: z.strictObject({ county: z.string() }),
});
