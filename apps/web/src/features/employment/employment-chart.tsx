import { EMPLOYMENT_PLACE_LABELS, EMPLOYMENT_PLACES } from "@xiezuo/contracts";
import { formatNumber } from "../../lib/format.ts";
import { describeHistory, formatMonthLong, getStackedBars, isAxisLabelShown, type MonthFigures } from "./employment-model.ts";
import { LedgerTable } from "./ledger-table.tsx";
import "./employment.css";

const PLOT_HEIGHT = 180;
const LABEL_SPACE = 24;

/**
 * Where the workers were, month by month: stacked SVG bars (out of province at the bottom),
 * a legend, and the numbers as a table behind 查看数据表. Columns are placed in percentages
 * and the labels keep their pixel size, so twelve months fit a 375 px phone.
 */
export function EmploymentHistoryChart({ months }: { months: readonly MonthFigures[] }) {
  const bars = getStackedBars(months, PLOT_HEIGHT);
  const column = 100 / Math.max(1, bars.length);
  return (
    <figure className="chart ledger-chart">
      <figcaption className="chart__title">近{bars.length}个月务工去向</figcaption>
      <ul className="ledger-legend">
        {EMPLOYMENT_PLACES.map((place) => (
          <li key={place}>
            <span className={`ledger-legend__swatch ledger-bar--${place}`} aria-hidden="true" />
            {EMPLOYMENT_PLACE_LABELS[place]}
          </li>
        ))}
      </ul>
      <svg className="chart__svg" width="100%" height={PLOT_HEIGHT + LABEL_SPACE} role="img" aria-label={describeHistory(months)}>
        {bars.map((bar, index) => (
          <g key={bar.month}>
            {bar.segments
              .filter((segment) => segment.length > 0)
              .map((segment) => (
                <rect
                  key={segment.place}
                  x={`${index * column + column * 0.15}%`}
                  width={`${column * 0.7}%`}
                  y={PLOT_HEIGHT - segment.bottom - segment.length}
                  height={segment.length}
                  className={`ledger-bar--${segment.place}`}
                >
                  <title>{`${formatMonthLong(bar.month)} ${EMPLOYMENT_PLACE_LABELS[segment.place]} ${formatNumber(segment.value)} 人`}</title>
                </rect>
              ))}
            {isAxisLabelShown(index, bars.length) && (
              <text x={`${index * column + column / 2}%`} y={PLOT_HEIGHT + 17} textAnchor="middle" className="ledger-chart__month">
                {bar.label.replace(/^\d+年/, "")}
              </text>
            )}
          </g>
        ))}
      </svg>
      <details className="chart__table">
        <summary>查看数据表</summary>
        <div className="ledger-scroll">
          <LedgerTable
            caption={`近${bars.length}个月务工去向（人）`}
            rowHeader="月份"
            rows={months.map((m) => ({ key: m.month, label: formatMonthLong(m.month), figures: m }))}
            testId={(row, place) => `history-${row.key}-${place}`}
          />
        </div>
      </details>
    </figure>
  );
}
