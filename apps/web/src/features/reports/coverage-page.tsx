import type { Organisation } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { RegionSelect } from "../../components/region-select.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { MyOrganisationGate } from "../organisations/index.ts";
import { CoverageSummary, CoverageTable } from "./coverage-table.tsx";
import { describeRegionHint, getDefaultCoverageRegion, listTownships } from "./report-model.ts";
import { type CoverageFilter, getCoverage } from "./reports-api.ts";
import { ZeroEmploymentSection } from "./zero-employment-section.tsx";
import "./reports.css";

/** 帮扶覆盖: how many labour households have someone at work, by township and village. */
export function CoveragePage() {
  useDocumentTitle("帮扶覆盖");
  const user = useCurrentUser();
  return (
    <div className="coverage-page">
      <div className="page-heading">
        <h1>帮扶覆盖</h1>
        <p className="muted">每户有劳动力的家庭至少一人稳定就业。这里按乡镇、村统计覆盖情况，并列出仍无人就业的家庭。</p>
      </div>
      {/* A bureau starts on its own region and picks only inside its jurisdiction; the platform picks anything. */}
      <MyOrganisationGate user={user}>
        {(organisation) => <CoverageReport key={organisation?.id ?? "platform"} organisation={organisation} />}
      </MyOrganisationGate>
    </div>
  );
}

function CoverageReport({ organisation }: { organisation: Organisation | null }) {
  const id = useId();
  const jurisdiction = organisation?.regionCode ?? null;
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
        <div className="field">
          <label htmlFor={`${id}-region`}>地区</label>
          <RegionSelect
            id={`${id}-region`}
            value={filter.regionCode}
            emptyLabel={jurisdiction === null ? "全部地区" : undefined}
            within={jurisdiction}
            onChange={(event) => setFilter({ regionCode: event.target.value, township: "", withVillages: filter.withVillages })}
            aria-describedby={`${id}-region-hint`}
          />
          <p id={`${id}-region-hint`} className="field__hint">
            {describeRegionHint(jurisdiction)}
          </p>
        </div>
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
