import { EMPLOYMENT_PLACE_LABELS, EMPLOYMENT_PLACES, type EmploymentResponse, toChinaDate } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { getDefaultCoverageRegion, RegionField, RegionReportPage } from "../reports/index.ts";
import { getLedger, getLedgerExportUrl, getLedgerHistory, type LedgerFilter } from "./employment-api.ts";
import { EmploymentHistoryChart } from "./employment-chart.tsx";
import { describeEmployedShare, formatMonthLong } from "./employment-model.ts";
import { LedgerTable } from "./ledger-table.tsx";
import "./employment.css";

/** 务工台账: where the registry's labourers worked in a month, by township, and the last twelve months. */
export function EmploymentPage() {
  return (
    <RegionReportPage
      title="务工台账"
      intro="农户名册中有劳动力家庭的成员，按当月在哪里务工统计：省外、省内县外、县内，当月没有就业记录的为未就业。一人只计一次。"
      className="ledger-page"
    >
      {(jurisdiction) => <Ledger jurisdiction={jurisdiction} />}
    </RegionReportPage>
  );
}

function Ledger({ jurisdiction }: { jurisdiction: string | null }) {
  const id = useId();
  const thisMonth = toChinaDate(new Date()).slice(0, 7);
  const [filter, setFilter] = useState<LedgerFilter>({ regionCode: getDefaultCoverageRegion(jurisdiction), month: thisMonth });
  const ledger = useApiData((signal) => getLedger(filter, signal), [filter.regionCode, filter.month]);
  const history = useApiData((signal) => getLedgerHistory(filter.regionCode, signal), [filter.regionCode]);

  return (
    <>
      <form className="coverage-filters" onSubmit={(event) => event.preventDefault()} noValidate>
        <RegionField
          id={`${id}-region`}
          value={filter.regionCode}
          jurisdiction={jurisdiction}
          onChange={(regionCode) => setFilter({ ...filter, regionCode })}
        />
        <div className="field">
          <label htmlFor={`${id}-month`}>月份</label>
          <input
            id={`${id}-month`}
            type="month"
            value={filter.month}
            max={thisMonth}
            required
            onChange={(event) => event.target.value && setFilter({ ...filter, month: event.target.value })}
          />
        </div>
      </form>
      <section aria-labelledby={`${id}-ledger`} aria-busy={ledger.status === "loading"} className="coverage-section">
        <div className="section-heading">
          <h2 id={`${id}-ledger`}>{formatMonthLong(filter.month)}务工情况</h2>
          <div className="section-heading__actions">
            <a className="button button--secondary button--small" href={getLedgerExportUrl(filter)} download>
              导出台账
            </a>
          </div>
        </div>
        {ledger.status === "loading" && !ledger.data && <p role="status">正在统计…</p>}
        {ledger.status === "error" && <ErrorPanel error={ledger.error} title="务工台账加载失败" onRetry={ledger.reload} />}
        {ledger.data && ledger.data.employment.workers === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">这个地区还没有登记的劳动力</p>
            <p className="muted">务工台账统计农户名册中有劳动力家庭的已登记求职者，请先导入名册并登记求职者。</p>
          </div>
        )}
        {ledger.data && ledger.data.employment.workers > 0 && <LedgerFigures ledger={ledger.data} />}
      </section>
      <section aria-labelledby={`${id}-history`} className="coverage-section">
        <h2 id={`${id}-history`} className="visually-hidden">
          近12个月
        </h2>
        {history.status === "error" && <ErrorPanel error={history.error} title="近12个月数据加载失败" onRetry={history.reload} />}
        {history.data && <EmploymentHistoryChart months={history.data.months} />}
      </section>
    </>
  );
}

function LedgerFigures({ ledger }: { ledger: EmploymentResponse }) {
  const { employment, rows } = ledger;
  return (
    <>
      <dl className="stat-grid ledger-figures">
        <div className="stat-tile">
          <dt className="stat-tile__label">劳动力</dt>
          <dd className="stat-tile__figure">
            <span className="stat-tile__number" data-testid="employment-workers">
              {formatNumber(employment.workers)}
            </span>
            <span className="stat-tile__unit"> 人 · 已就业 {describeEmployedShare(employment)}</span>
          </dd>
        </div>
        {EMPLOYMENT_PLACES.map((place) => (
          <div key={place} className={`stat-tile ledger-tile ledger-tile--${place}`}>
            <dt className="stat-tile__label">{EMPLOYMENT_PLACE_LABELS[place]}</dt>
            <dd className="stat-tile__figure">
              <span className="stat-tile__number" data-testid={`employment-${place}`}>
                {formatNumber(employment[place])}
              </span>
              <span className="stat-tile__unit"> 人</span>
            </dd>
          </div>
        ))}
      </dl>
      <LedgerTable
        caption="按乡镇的务工情况（人）"
        rowHeader="乡镇"
        rows={rows.map((row) => ({ key: `${row.regionCode ?? ""}:${row.township}`, label: row.township, figures: row }))}
        stacked
      />
    </>
  );
}
