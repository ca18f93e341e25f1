import { type FormEvent, useId, useState } from "react";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { HouseholdImportPanel } from "./household-import-panel.tsx";
import { HouseholdTable } from "./household-table.tsx";
import { TEMPLATE_COLUMNS } from "./household-template.ts";
import { HOUSEHOLD_PAGE_SIZE, listHouseholds } from "./households-api.ts";
import "./households.css";

type Filter = { code: string; regionCode: string };

export function HouseholdsPage() {
  useDocumentTitle("农户名册");
  // Desk staff read the registry for their work; importing it stays with the bureau's admins.
  const canImport = useCurrentUser().role === "ADMIN";
  const id = useId();
  const [draft, setDraft] = useState<Filter>({ code: "", regionCode: "" });
  const [filter, setFilter] = useState<Filter>({ code: "", regionCode: "" });
  const [page, setPage] = useState(0);
  const [filterError, setFilterError] = useState<string | null>(null);
  const households = useApiData((signal) => listHouseholds(filter, page * HOUSEHOLD_PAGE_SIZE, signal), [filter, page]);

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = { code: draft.code.trim(), regionCode: draft.regionCode.trim() };
    if (next.regionCode && !/^\d{6}$/.test(next.regionCode)) {
      setFilterError("行政区划代码应为6位数字");
      return;
    }
    setFilterError(null);
    setPage(0);
    setFilter(next);
  }

  const data = households.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / HOUSEHOLD_PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="households-title" className="households">
      <div className="page-heading">
        <h1 id="households-title">农户名册</h1>
        <p className="muted">
          {canImport
            ? "导入建档立卡户、脱贫户、防返贫监测户名册，用于统计家庭就业覆盖。"
            : "查看建档立卡户、脱贫户、防返贫监测户名册（名册由人社局管理员导入）。"}
        </p>
      </div>

      <div className={canImport ? "households-layout" : undefined}>
        {canImport && (
          <div className="households-layout__side">
            <HouseholdImportPanel onImported={households.reload} />
            <details className="card import-help">
              <summary>文件格式说明</summary>
              <p>列名一行（与模板相同，上方可以有标题行），下面每行一户。列的顺序不限：</p>
              <dl className="import-help__columns">
                {TEMPLATE_COLUMNS.map(({ column, header, others, help }) => (
                  <div key={column}>
                    <dt>
                      {header}
                      <span className="muted">（也可写 {[...others, column].join("、")}）</span>
                    </dt>
                    <dd>{help}</dd>
                  </div>
                ))}
              </dl>
              <p>模板中户编号以“示例”开头的行只是示范，导入时会跳过，可以删掉。</p>
            </details>
          </div>
        )}

        <section className="card" aria-labelledby={`${id}-list`} aria-busy={households.status === "loading"}>
          <div className="section-heading">
            <h2 id={`${id}-list`}>名册</h2>
            {data && <span className="muted">共 {formatNumber(data.total)} 户</span>}
          </div>
          <form className="households-filter" onSubmit={handleSearch} aria-label="查找农户" noValidate>
            <div className="field">
              <label htmlFor={`${id}-code`}>户编号</label>
              <input
                id={`${id}-code`}
                type="search"
                autoComplete="off"
                placeholder="输入开头几位"
                value={draft.code}
                onChange={(event) => setDraft((previous) => ({ ...previous, code: event.target.value }))}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-region`}>行政区划代码</label>
              <input
                id={`${id}-region`}
                inputMode="numeric"
                autoComplete="off"
                maxLength={6}
                placeholder="如 433126"
                value={draft.regionCode}
                onChange={(event) => setDraft((previous) => ({ ...previous, regionCode: event.target.value }))}
                aria-invalid={filterError ? true : undefined}
                aria-describedby={filterError ? `${id}-region-error` : undefined}
              />
              {filterError && (
                <p id={`${id}-region-error`} className="field__error">
                  {filterError}
                </p>
              )}
            </div>
            <button type="submit" className="button">
              查找
            </button>
          </form>

          {households.status === "loading" && !data && <p role="status">正在加载名册…</p>}
          {households.status === "error" && <ErrorPanel error={households.error} title="名册加载失败" onRetry={households.reload} />}
          {data && data.households.length === 0 && (
            <div className="empty-state">
              <p className="empty-state__title">{filter.code || filter.regionCode ? "没有符合条件的农户" : "名册还是空的"}</p>
              <p className="muted">{filter.code || filter.regionCode ? "请换个条件再找。" : "请先下载模板，填好后导入。"}</p>
            </div>
          )}
          {data && data.households.length > 0 && (
            <>
              <HouseholdTable households={data.households} />
              {pageCount > 1 && (
                <nav className="households-pager" aria-label="翻页">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={page === 0}
                    onClick={() => setPage(page - 1)}
                  >
                    上一页
                  </button>
                  <span>
                    第 {page + 1} / {pageCount} 页
                  </span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={page + 1 >= pageCount}
                    onClick={() => setPage(page + 1)}
                  >
                    下一页
                  </button>
                </nav>
              )}
            </>
          )}
        </section>
      </div>
    </section>
  );
}
