import { sqlStatement } from "../../../lib/sql-statement.ts";
import { type RegionRangeValues, TOWNSHIP_FIGURES_CTES, TOWNSHIP_FIGURES_ROW } from "./ledger-sql.ts";

/** The ledger of one month ($3 its first day, $4 its last): each worker once, by township. */
export const EMPLOYMENT_BY_TOWNSHIP = sqlStatement<[...RegionRangeValues, monthFirst: Date, monthLast: Date]>()({
  name: "employment_by_township_v3",
  text: `
    WITH ${TOWNSHIP_FIGURES_CTES}
    SELECT "regionCode", township, workers, "outOfProvince", "inProvince", "inCounty", "notEmployed" FROM figures
    ORDER BY "regionCode", township`,
  row: TOWNSHIP_FIGURES_ROW,
});
