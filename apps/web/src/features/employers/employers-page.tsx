import { useEffect, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { listEmployers } from "../users/index.ts";
import { CreateEmployerForm } from "./create-employer-form.tsx";
import { EMPLOYER_KIND_LABELS } from "./employer-labels.ts";

const SEARCH_DELAY_MS = 300;

/** The bureau's register of employers: find one, or register a new one before inviting it. */
export function EmployersPage() {
  useDocumentTitle("用工企业");
  const [query, setQuery] = useState("");
  const [debounced, setDebounced] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(query.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const employers = useApiData((signal) => listEmployers(debounced, signal), [debounced]);
  const list = employers.data?.employers ?? [];

  return (
    <section aria-labelledby="employers-title">
      <div className="page-heading">
        <div>
          <h1 id="employers-title">用工企业</h1>
          <p className="muted">登记企业后，就能邀请它参加招聘会、为它开通招聘账号。</p>
        </div>
      </div>
      <div className="users-layout">
        <section className="card" aria-labelledby="employers-list-title" aria-busy={employers.status === "loading"}>
          <div className="section-heading">
            <h2 id="employers-list-title">已登记企业</h2>
            {employers.data && <span className="muted">共 {formatNumber(employers.data.total)} 家</span>}
          </div>
          <div className="field">
            <label htmlFor="employers-search">按名称查找</label>
            <input
              id="employers-search"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="off"
            />
          </div>
          {employers.status === "loading" && !employers.data && <p role="status">正在加载企业…</p>}
          {employers.status === "error" && <ErrorPanel error={employers.error} title="企业列表加载失败" onRetry={employers.reload} />}
          {employers.data && list.length === 0 && <p className="empty-state__title">{debounced ? "没有找到这家企业" : "还没有登记企业"}</p>}
          {list.length > 0 && (
            <table className="table table--stack">
              <caption className="visually-hidden">已登记企业</caption>
              <thead>
                <tr>
                  <th scope="col">企业</th>
                  <th scope="col">类型</th>
                  <th scope="col">城市</th>
                  <th scope="col">统一社会信用代码</th>
                </tr>
              </thead>
              <tbody>
                {list.map((employer) => (
                  <tr key={employer.id}>
                    <th scope="row" data-label="企业">
                      {employer.name}
                    </th>
                    <td data-label="类型">{EMPLOYER_KIND_LABELS[employer.kind]}</td>
                    <td data-label="城市">{employer.city}</td>
                    <td data-label="信用代码" className="mono">
                      {employer.creditCode}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {employers.data && employers.data.total > list.length && (
            <p className="muted">仅显示前 {formatNumber(list.length)} 家，请输入名称查找。</p>
          )}
        </section>
        <CreateEmployerForm onCreated={employers.reload} />
      </div>
    </section>
  );
}
