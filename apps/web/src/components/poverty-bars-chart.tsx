import type { PovertyStatus } from "@xiezuo/contracts";
import { formatNumber } from "../lib/format.ts";
import { describePovertyBars, getPovertyBars } from "../lib/poverty-bars.ts";

const ROW_HEIGHT = 60;
const LABEL_Y = 20;
const BAR_Y = 30;
const BAR_HEIGHT = 18;

/**
 * People by household category as horizontal SVG bars, with the numbers as a table behind
 * 查看数据表. Sizes are in pixels and percentages rather than a viewBox, so the labels keep
 * their reading size on a phone instead of shrinking. `what` names the people counted
 * (达成意向人数, 转移就业人数); `testIdPrefix` marks each table cell for tests.
 */
export function PovertyBarsChart({
  what,
  counts,
  testIdPrefix,
}: {
  what: string;
  counts: Record<PovertyStatus, number>;
  testIdPrefix?: string;
}) {
  const bars = getPovertyBars(counts);
  return (
    <figure className="chart">
      <figcaption className="chart__title">{what} · 按家庭类别</figcaption>
      <svg className="chart__svg" width="100%" height={bars.length * ROW_HEIGHT} role="img" aria-label={describePovertyBars(what, bars)}>
        {bars.map((bar, index) => (
          <g key={bar.status} transform={`translate(0 ${index * ROW_HEIGHT})`}>
            <text x="0" y={LABEL_Y} className="chart__label">
              {bar.label}
            </text>
            <text x="100%" y={LABEL_Y} textAnchor="end" className="chart__value">
              {formatNumber(bar.value)} 人 · {bar.shareText}
            </text>
            <rect x="0" y={BAR_Y} width="100%" height={BAR_HEIGHT} rx="4" className="chart__track" />
            {bar.value > 0 && (
              <rect
                x="0"
                y={BAR_Y}
                width={`${Math.max(bar.widthPercent, 1)}%`}
                height={BAR_HEIGHT}
                rx="4"
                className={`chart__bar chart__bar--${bar.status.toLowerCase()}`}
              />
            )}
          </g>
        ))}
      </svg>
      <details className="chart__table">
        <summary>查看数据表</summary>
        <table className="table">
          <caption className="visually-hidden">{what}按家庭类别</caption>
          <thead>
            <tr>
              <th scope="col">家庭类别</th>
              <th scope="col" className="num">
                人数
              </th>
              <th scope="col" className="num">
                占比
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.status}>
                <th scope="row">{bar.label}</th>
                <td className="num" data-testid={testIdPrefix ? `${testIdPrefix}-${bar.status}` : undefined}>
                  {formatNumber(bar.value)}
                </td>
                <td className="num">{bar.shareText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
