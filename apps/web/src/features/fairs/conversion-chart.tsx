import type { FairStats } from "@xiezuo/contracts";
import { formatNumber } from "../../lib/format.ts";
import { getConversion } from "./fair-stats-model.ts";

const LABEL_Y = 20;
const BAR_HEIGHT = 28;

/** A two-step funnel: checked-in seekers narrowing to those who reached an intent. */
export function ConversionChart({ stats }: { stats: FairStats }) {
  const conversion = getConversion(stats);
  const description =
    conversion.rate === null
      ? "还没有求职者签到，暂无转化率。"
      : `签到求职者 ${formatNumber(conversion.checkIns)} 人，其中 ${formatNumber(conversion.seekersWithIntent)} 人达成就业意向，转化率 ${conversion.rateText}。`;
  const steps = [
    { key: "checkins", label: "签到求职者", valueText: `${formatNumber(conversion.checkIns)} 人`, width: 100 },
    {
      key: "intents",
      label: "达成意向",
      valueText: `${formatNumber(conversion.seekersWithIntent)} 人`,
      width: conversion.widthPercent,
    },
  ];

  return (
    <figure className="chart">
      <figcaption className="chart__title">
        签到 → 达成意向 转化率
        <strong className="chart__headline">{conversion.rateText}</strong>
      </figcaption>
      {conversion.rate === null ? (
        <p className="muted">{description}</p>
      ) : (
        <svg className="chart__svg" width="100%" height={steps.length * 64} role="img" aria-label={description}>
          {steps.map((step, index) => (
            <g key={step.key} transform={`translate(0 ${index * 64})`}>
              <text x="0" y={LABEL_Y} className="chart__label">
                {step.label}
              </text>
              <text x="100%" y={LABEL_Y} textAnchor="end" className="chart__value">
                {step.valueText}
              </text>
              {/* Centred bars of shrinking width give the funnel shape. */}
              <rect
                x={`${(100 - Math.max(step.width, 1)) / 2}%`}
                y={LABEL_Y + 8}
                width={`${Math.max(step.width, 1)}%`}
                height={BAR_HEIGHT}
                rx="4"
                className={`chart__bar chart__bar--${step.key}`}
              />
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}
