import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { HOUSEHOLD_FILTER, type HouseholdFilterValues, memberPlaced } from "./household-filter.ts";

/** How many households the zero-employment list holds (for a page past the last one). */
export const ZERO_EMPLOYMENT_COUNT = sqlStatement<HouseholdFilterValues>()({
  name: "reports_zero_employment_count_v2",
  text: `
    SELECT count(*)::int AS n FROM households h
    WHERE h."labourCapableMembers" > 0 AND NOT ${memberPlaced("'ACTIVE', 'STABLE'")} ${HOUSEHOLD_FILTER}`,
  row: z.strictObject({ n: z.number().int() }),
});
