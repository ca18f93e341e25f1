import type { FairFunnel } from "@xiezuo/contracts";
import { formatNumber } from "../../lib/format.ts";
import { describeFunnel, getFunnelSteps } from "./report-model.ts";

const ROW_HEIGHT = 58;
const LABEL_Y = 20;
const BAR_Y = 28;
const BAR_HEIGHT = 22;

/** Checked in → intent → hired → on the job → stable, as centred bars narrowing like a funnel. */
export function FunnelChart({ funnel }: { funnel: FairFunnel }) {
  const steps = getFunnelSteps(funnel);
  return (
    <figure className="chart funnel-chart">
      <figcaption className="chart__title">
        就业转化漏斗
        <span className="muted funnel-chart__note">在岗、稳定就业为当前状态</span>
      </figcaption>
      <svg className="chart__svg" width="100%" height={steps.length * ROW_HEIGHT} role="img" aria-label={describeFunnel(steps)}>
        {steps.map((step, index) => {
          const width = step.value > 0 ? Math.max(step.widthPercent, 1) : 0;
          return (
            <g key={step.key} transform={`translate(0 ${index * ROW_HEIGHT})`}>
              <text x="0" y={LABEL_Y} className="chart__label">
                {step.label}
              </text>
              <text x="100%" y={LABEL_Y} textAnchor="end" className="chart__value">
                {formatNumber(step.value)} 人{index > 0 ? ` · 占上一步 ${step.fromPreviousText}` : ""}
              </text>
              <rect x="0" y={BAR_Y} width="100%" height={BAR_HEIGHT} rx="4" className="chart__track" />
              {width > 0 && (
                <rect
                  x={`${(100 - width) / 2}%`}
                  y={BAR_Y}
                  width={`${width}%`}
                  height={BAR_HEIGHT}
                  rx="4"
                  className={`chart__bar funnel-chart__bar--${step.key}`}
                />
              )}
            </g>
          );
        })}
      </svg>
      <details className="chart__table">
        <summary>查看数据表</summary>
        <table className="table">
          <caption className="visually-hidden">就业转化漏斗</caption>
          <thead>
            <tr>
              <th scope="col">环节</th>
              <th scope="col" className="num">
                人数
              </th>
              <th scope="col" className="num">
                占上一步
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.key}>
                <th scope="row">{step.label}</th>
                <td className="num" data-testid={`funnel-${step.key}`}>
                  {formatNumber(step.value)}
                </td>
                <td className="num">{step.fromPreviousText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
