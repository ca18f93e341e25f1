import { EMPLOYMENT_PLACE_LABELS, EMPLOYMENT_PLACES, type EmploymentFigures, type EmploymentPlace } from "@xiezuo/contracts";
import { formatNumber } from "../../lib/format.ts";

export interface LedgerTableRow {
  key: string;
  label: string;
  figures: EmploymentFigures;
}

/**
 * The ledger's figures as a table: a row per township (stacked into cards on a phone) or per
 * month (behind the chart). `testId` marks the place cells for tests.
 */
export function LedgerTable({
  caption,
  rowHeader,
  rows,
  stacked = false,
  testId,
}: {
  caption: string;
  rowHeader: string;
  rows: readonly LedgerTableRow[];
  stacked?: boolean;
  testId?: (row: LedgerTableRow, place: EmploymentPlace) => string;
}) {
  return (
    <table className={stacked ? "table table--stack" : "table"}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col" className="num">
            劳动力
          </th>
          {EMPLOYMENT_PLACES.map((place) => (
            <th key={place} scope="col" className="num">
              {EMPLOYMENT_PLACE_LABELS[place]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="ledger-row">
            <th scope="row" data-label={rowHeader}>
              {row.label}
            </th>
            <td data-label="劳动力" className="num">
              {formatNumber(row.figures.workers)}
            </td>
            {EMPLOYMENT_PLACES.map((place) => (
              <td key={place} data-label={EMPLOYMENT_PLACE_LABELS[place]} className="num" data-testid={testId?.(row, place)}>
                {formatNumber(row.figures[place])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
