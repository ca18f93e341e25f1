import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { getFair } from "../fairs/index.ts";
import { JobCard, JobCardSkeleton } from "./job-card.tsx";
import { JobEmptyState } from "./job-empty-state.tsx";
import { JobFilterChips } from "./job-filters.tsx";
import { JobReadAsNote } from "./job-read-as-note.tsx";
import { JobSearchBox } from "./job-search-box.tsx";
import { EMPTY_FILTERS, hasActiveFilters, type JobFilters, parseJobFilters, toPageParams } from "./job-search-params.ts";
import { useJobSearch } from "./use-job-search.ts";

/** The public job board. Everything on screen comes from the URL, so a search can be shared. */
export function JobBoardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseJobFilters(searchParams);
  const search = useJobSearch(filters);
  const fair = useApiData((signal) => (filters.fairId ? getFair(filters.fairId, signal) : Promise.resolve(null)), [filters.fairId]);
  useDocumentTitle(filters.q ? `${filters.q} · 找工作` : "找工作");

  const backSearch = `?${toPageParams(filters)}`;
  const isFirstLoading = search.first.status === "loading" && !search.first.data;
  const isRefreshing = search.first.status === "loading" && search.first.data !== null;
  // Right after the platform starts on new data the index is still being filled: say so
  // (rather than "no jobs") and look again by itself until it is complete.
  const indexing = search.first.data?.indexing === true;
  // The words as the search read them, when not as typed (旱工 → 焊工).
  const readAs = search.first.data?.interpretedAs ?? null;
  const reload = search.first.reload;
  useEffect(() => {
    if (!indexing) return;
    const timer = setTimeout(reload, 3_000);
    return () => clearTimeout(timer);
  }, [indexing, reload]);

  function apply(next: JobFilters, options: { push?: boolean } = {}) {
    // A new search is a step back can return from; flipping a chip is not.
    setSearchParams(toPageParams(next), { replace: !options.push });
  }

  return (
    <section className="job-board" aria-labelledby="job-board-title">
      <div className="job-board__intro">
        <h1 id="job-board-title">找工作</h1>
        <p className="muted">济南—湘西劳务协作岗位，很多包吃住。输入想做的工作，或点下面的条件筛选。</p>
      </div>

      {filters.fairId && (
        <div className="fair-filter" role="note">
          <p>
            只看招聘会岗位：<strong>{fair.data?.title ?? (fair.status === "error" ? "（招聘会信息暂时无法显示）" : "正在加载…")}</strong>
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => apply({ ...filters, fairId: null }, { push: true })}
          >
            查看全部岗位
          </button>
        </div>
      )}

      <JobSearchBox query={filters.q} onSearch={(q) => apply({ ...filters, q, exact: false }, { push: true })} />

      <JobFilterChips
        filters={filters}
        wordsWageMin={search.first.data?.understood.wageMin ?? null}
        cityFacets={search.cityFacets}
        employerKindFacets={search.employerKindFacets}
        onChange={(next) => apply(next)}
      />

      <div className="result-bar">
        <p role="status" aria-live="polite" className="result-bar__count">
          {isFirstLoading ? (
            "正在搜索…"
          ) : search.first.data ? (
            <>
              {filters.q ? `“${readAs ?? filters.q}”` : "全部岗位"}共 <strong data-testid="job-total">{formatNumber(search.total)}</strong>{" "}
              个{isRefreshing && "，正在更新…"}
            </>
          ) : null}
        </p>
        {(hasActiveFilters(filters) || filters.q) && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => apply({ ...EMPTY_FILTERS, fairId: filters.fairId }, { push: true })}
          >
            清除条件
          </button>
        )}
      </div>

      {readAs && filters.q && <JobReadAsNote readAs={readAs} filters={filters} />}

      {search.first.status === "error" && <ErrorPanel error={search.first.error} title="岗位加载失败" onRetry={search.first.reload} />}

      {isFirstLoading && (
        <ul className="job-list" aria-busy="true">
          <JobCardSkeleton />
          <JobCardSkeleton />
          <JobCardSkeleton />
        </ul>
      )}

      {indexing && (
        <div className="notice notice--info" role="status" data-testid="jobs-indexing">
          <p>
            <strong>岗位正在加载</strong>，平台刚刚启动，岗位信息还在整理，请稍等片刻，页面会自动更新。
          </p>
        </div>
      )}

      {search.first.data && search.hits.length === 0 && !indexing && (
        <JobEmptyState filters={filters} onChange={(next) => apply(next, { push: true })} />
      )}

      {search.hits.length > 0 && (
        <ul className="job-list" aria-label="岗位列表" aria-busy={isRefreshing}>
          {search.hits.map((hit) => (
            <JobCard key={hit.id} hit={hit} backSearch={backSearch} />
          ))}
        </ul>
      )}

      {search.hasMore && (
        <div className="load-more">
          {search.moreState.status === "error" && <ErrorPanel error={search.moreState.error} title="更多岗位加载失败" />}
          <button
            type="button"
            className="button button--secondary button--wide"
            onClick={search.loadMore}
            disabled={search.moreState.status === "loading"}
            aria-busy={search.moreState.status === "loading"}
          >
            {search.moreState.status === "loading" ? "正在加载…" : `加载更多（还有 ${formatNumber(search.total - search.hits.length)} 个）`}
          </button>
        </div>
      )}

      {search.first.data && search.hits.length > 0 && !search.hasMore && <p className="muted list-end">已经到底了</p>}

      <p className="job-board__help muted">
        打开岗位后点“朗读”，可以听岗位介绍。需要帮忙时，可以到当地人社局或就业服务中心请工作人员协助。
      </p>
    </section>
  );
}
