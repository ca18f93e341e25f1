// The prefecture's (or province's, or platform's) ledger from its counties' cells. Each cell
// is ordered as the database orders the ledger (region code, then township), and a county's
// rows all carry region codes beginning with the county, so the cells in county-code order
// are the whole ledger in the same order. A township met again (a member homed in another
// county than its household: not expected, but not impossible) is added to its first row.
import type { TownshipFigures } from "./employment.repository.ts";

export const COUNTY_CODE = /^\d{6}$/;

export function mergeCountyCells(cells: readonly (readonly TownshipFigures[])[]): TownshipFigures[] {
  const merged: TownshipFigures[] = [];
  const byTownship = new Map<string, TownshipFigures>();
  for (const rows of cells) {
    for (const row of rows) {
      const key = `${row.regionCode}\u0000${row.township}`;
      const seen = byTownship.get(key);
      if (!seen) {
        const copy = { ...row };
        byTownship.set(key, copy);
        merged.push(copy);
        continue;
      }
      seen.workers += row.workers;
      seen.outOfProvince += row.outOfProvince;
      seen.inProvince += row.inProvince;
      seen.inCounty += row.inCounty;
      seen.notEmployed += row.notEmployed;
    }
  }
  return merged;
}
