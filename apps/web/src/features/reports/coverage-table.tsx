import type { CoverageFigures, CoverageRow } from "@xiezuo/contracts";
import { formatNumber } from "../../lib/format.ts";
import { describeRate, isVillageRow } from "./report-model.ts";

function RateBar({ count, rate, labour, label }: { count: number; rate: number; labour: number; label: string }) {
  const { widthPercent, text } = describeRate(rate, labour);
  return (
    <div className="rate">
      <span className="rate__text">
        {formatNumber(count)} 户 · <strong>{text}</strong>
      </span>
      {/* The text says it all; the bar is decoration for the eye. */}
      <span className="rate__track" aria-hidden="true">
        <span className={`rate__bar rate__bar--${label}`} style={{ width: `${widthPercent}%` }} />
      </span>
    </div>
  );
}

export function CoverageSummary({ coverage }: { coverage: CoverageFigures }) {
  const placed = describeRate(coverage.placedRate, coverage.labourHouseholds);
  const stable = describeRate(coverage.stableRate, coverage.labourHouseholds);
  return (
    <dl className="stat-grid">
      {[
        ["在册家庭", `${formatNumber(coverage.households)} 户`],
        ["有劳动力家庭", `${formatNumber(coverage.labourHouseholds)} 户`],
        ["至少一人就业", `${formatNumber(coverage.placedHouseholds)} 户 · ${placed.text}`],
        ["至少一人稳定就业", `${formatNumber(coverage.stableHouseholds)} 户 · ${stable.text}`],
      ].map(([label, value]) => (
        <div key={label} className="stat-tile">
          <dt className="stat-tile__label">{label}</dt>
          <dd className="stat-tile__figure">
            <span className="stat-tile__number coverage-figure">{value}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function CoverageTable({ rows }: { rows: readonly CoverageRow[] }) {
  return (
    <table className="table table--stack coverage-table">
      <caption className="visually-hidden">按乡镇、村统计的帮扶覆盖</caption>
      <thead>
        <tr>
          <th scope="col">乡镇 / 村</th>
          <th scope="col" className="num">
            在册家庭
          </th>
          <th scope="col" className="num">
            有劳动力
          </th>
          <th scope="col">已就业（覆盖率）</th>
          <th scope="col">稳定就业（覆盖率）</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.regionCode}/${row.township}/${row.village ?? ""}`}
            className={isVillageRow(row) ? "coverage-table__village" : "coverage-table__township"}
          >
            <th scope="row" data-label="乡镇 / 村">
              {/* One child: on phones the cell is a two-column grid (label, content). */}
              <span>
                {row.village ?? row.township}
                {!isVillageRow(row) && <span className="muted"> （{row.regionCode}）</span>}
              </span>
            </th>
            <td data-label="在册家庭" className="num">
              {formatNumber(row.households)}
            </td>
            <td data-label="有劳动力" className="num">
              {formatNumber(row.labourHouseholds)}
            </td>
            <td data-label="已就业">
              <RateBar count={row.placedHouseholds} rate={row.placedRate} labour={row.labourHouseholds} label="placed" />
            </td>
            <td data-label="稳定就业">
              <RateBar count={row.stableHouseholds} rate={row.stableRate} labour={row.labourHouseholds} label="stable" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
