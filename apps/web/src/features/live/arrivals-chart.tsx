import { formatNumber } from "../../lib/format.ts";
import { type ArrivalBar, describeArrivals, getLabelStep, getScaleMax, isLabelledBar } from "./live-figures-model.ts";

const PLOT_HEIGHT = 200;
const TOP = 18;
const AXIS_HEIGHT = 26;

/**
 * Arrivals per minute as SVG bars. x positions are percentages, so the chart fills any
 * width while its text keeps a readable size; the newest minute is on the right.
 */
export function ArrivalsChart({ bars, windowMinutes, isLive }: { bars: readonly ArrivalBar[]; windowMinutes: number; isLive: boolean }) {
  const max = getScaleMax(bars);
  const slot = 100 / Math.max(bars.length, 1);
  const tickEvery = getLabelStep(windowMinutes);
  const busiest = bars
    .filter((bar) => bar.arrivals > 0)
    .slice(-30)
    .reverse();
  // Whole numbers only: "2.5 人" per minute reads oddly.
  const gridValues = Number.isInteger(max / 2) ? [max, max / 2] : [max];
  const barY = (value: number) => TOP + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT;

  return (
    <figure className="chart arrivals-chart">
      <figcaption className="chart__title">
        每分钟签到人数 · {isLive ? `最近 ${windowMinutes} 分钟` : `${bars[0]?.label ?? ""}–${bars.at(-1)?.label ?? ""}`}
      </figcaption>
      <svg
        className="chart__svg"
        width="100%"
        height={TOP + PLOT_HEIGHT + AXIS_HEIGHT}
        role="img"
        aria-label={describeArrivals(bars)}
        data-testid="arrivals-chart"
      >
        {gridValues.map((value) => (
          <line key={value} x1="0" x2="100%" y1={barY(value)} y2={barY(value)} className="arrivals-chart__grid" />
        ))}
        <line x1="0" x2="100%" y1={TOP + PLOT_HEIGHT} y2={TOP + PLOT_HEIGHT} className="arrivals-chart__baseline" />
        {bars.map((bar, index) =>
          bar.arrivals > 0 ? (
            <rect
              key={bar.minute}
              x={`${index * slot + slot * 0.1}%`}
              width={`${slot * 0.8}%`}
              y={barY(bar.arrivals)}
              height={TOP + PLOT_HEIGHT - barY(bar.arrivals)}
              className={index === bars.length - 1 && isLive ? "arrivals-chart__bar arrivals-chart__bar--now" : "arrivals-chart__bar"}
            />
          ) : null,
        )}
        {gridValues.map((value) => (
          <text key={`scale-${value}`} x="2" y={barY(value) - 5} className="chart__value arrivals-chart__scale">
            {formatNumber(value)} 人/分钟
          </text>
        ))}
        {bars.map((bar, index) =>
          isLabelledBar(bars, index, tickEvery) ? (
            <text
              key={`tick-${bar.minute}`}
              x={`${(index + 0.5) * slot}%`}
              y={TOP + PLOT_HEIGHT + 20}
              textAnchor={index === bars.length - 1 ? "end" : "middle"}
              className="chart__value arrivals-chart__tick"
            >
              {index === bars.length - 1 && isLive ? "现在" : bar.label}
            </text>
          ) : null,
        )}
      </svg>
      <details className="chart__table">
        <summary>查看数据表</summary>
        {busiest.length === 0 ? (
          <p className="muted">这段时间没有人签到。</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">每分钟签到人数（有签到的分钟，最新在前）</caption>
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col" className="num">
                  签到人数
                </th>
              </tr>
            </thead>
            <tbody>
              {busiest.map((bar) => (
                <tr key={bar.minute}>
                  <th scope="row">{bar.label}</th>
                  <td className="num">{formatNumber(bar.arrivals)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
