import { useId, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { CoverageSummary, CoverageTable } from "./coverage-table.tsx";
import { RegionField, RegionReportPage } from "./region-report-page.tsx";
import { getDefaultCoverageRegion, listTownships } from "./report-model.ts";
import { type CoverageFilter, getCoverage } from "./reports-api.ts";
import { ZeroEmploymentSection } from "./zero-employment-section.tsx";
import "./reports.css";

/** 帮扶覆盖: how many labour households have someone at work, by township and village. */
export function CoveragePage() {
  return (
    <RegionReportPage
      title="帮扶覆盖"
      intro="每户有劳动力的家庭至少一人稳定就业。这里按乡镇、村统计覆盖情况，并列出仍无人就业的家庭。"
      className="coverage-page"
    >
      {/* A bureau starts on its own region and picks only inside its jurisdiction; the platform picks anything. */}
      {(jurisdiction) => <CoverageReport jurisdiction={jurisdiction} />}
    </RegionReportPage>
  );
}

function CoverageReport({ jurisdiction }: { jurisdiction: string | null }) {
  const id = useId();
  const [filter, setFilter] = useState<CoverageFilter>({
    regionCode: getDefaultCoverageRegion(jurisdiction),
    township: "",
    withVillages: false,
  });
  const coverage = useApiData((signal) => getCoverage(filter, signal), [filter.regionCode, filter.township, filter.withVillages]);
  // Township choices come from the whole region, not from an answer already narrowed to one.
  const allTownships = useApiData(
    (signal) => getCoverage({ regionCode: filter.regionCode, township: "", withVillages: false }, signal),
    [filter.regionCode],
  );
  const townships = allTownships.data ? listTownships(allTownships.data.rows) : [];

  return (
    <>
      <form className="coverage-filters" onSubmit={(event) => event.preventDefault()} noValidate>
        <RegionField
          id={`${id}-region`}
          value={filter.regionCode}
          jurisdiction={jurisdiction}
          emptyLabel={jurisdiction === null ? "全部地区" : undefined}
          onChange={(regionCode) => setFilter({ regionCode, township: "", withVillages: filter.withVillages })}
        />
        <div className="field">
          <label htmlFor={`${id}-township`}>乡镇</label>
          <select
            id={`${id}-township`}
            value={filter.township}
            onChange={(event) => setFilter({ ...filter, township: event.target.value })}
          >
            <option value="">全部乡镇</option>
            {townships.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <label className="coverage-filters__check">
          <input
            type="checkbox"
            checked={filter.withVillages}
            onChange={(event) => setFilter({ ...filter, withVillages: event.target.checked })}
          />
          按村显示
        </label>
      </form>
      <section aria-labelledby={`${id}-coverage`} aria-busy={coverage.status === "loading"} className="coverage-section">
        <h2 id={`${id}-coverage`} className="visually-hidden">
          覆盖情况
        </h2>
        {coverage.status === "loading" && !coverage.data && <p role="status">正在统计…</p>}
        {coverage.status === "error" && <ErrorPanel error={coverage.error} title="覆盖情况加载失败" onRetry={coverage.reload} />}
        {coverage.data && coverage.data.coverage.households === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">这个地区还没有农户名册</p>
            <p className="muted">请先在「农户名册」中导入户籍地的建档立卡等家庭名单。</p>
          </div>
        )}
        {coverage.data && coverage.data.coverage.households > 0 && (
          <>
            <CoverageSummary coverage={coverage.data.coverage} />
            <CoverageTable rows={coverage.data.rows} />
          </>
        )}
      </section>
      <ZeroEmploymentSection key={filter.regionCode} regionCode={filter.regionCode} townships={townships} />
    </>
  );
}
