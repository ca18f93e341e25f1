import type { Seeker } from "@xiezuo/contracts";
import { type FormEvent, useId, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { getBadgeSheetPath } from "../badges/index.ts";
import { RegisterSeekerForm } from "./register-seeker-form.tsx";
import { interpretSeekerSearch } from "./seeker-search-model.ts";
import { SeekerTable } from "./seeker-table.tsx";
import { listSeekers, lookupSeeker, SEEKER_PAGE_SIZE } from "./seekers-api.ts";

/** A name search pages through the list; an ID-number lookup keeps only its answer, not the number. */
type Query = { kind: "name"; q: string; page: number } | { kind: "lookup"; seekers: Seeker[] };

function loadSeekers(query: Query, signal: AbortSignal): Promise<{ seekers: Seeker[]; total: number }> {
  if (query.kind === "name") return listSeekers(query.q, query.page * SEEKER_PAGE_SIZE, signal);
  return Promise.resolve({ seekers: query.seekers, total: query.seekers.length });
}

async function findByIdNumber(idNumber: string): Promise<Seeker[]> {
  try {
    return [await lookupSeeker(idNumber)];
  } catch (error) {
    if (isApiRequestError(error) && error.status === 404) return [];
    throw error;
  }
}

export function SeekersPage() {
  useDocumentTitle("求职者");
  const id = useId();
  const navigate = useNavigate();
  const [input, setInput] = useState("");
  const [searchError, setSearchError] = useState<string | null>(null);
  const [query, setQuery] = useState<Query>({ kind: "name", q: "", page: 0 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [isLookingUp, setIsLookingUp] = useState(false);
  const [registered, setRegistered] = useState<{ id: string; text: string } | null>(null);
  const seekers = useApiData((signal) => loadSeekers(query, signal), [query]);

  async function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const search = interpretSeekerSearch(input);
    if (search.kind === "invalid") {
      setSearchError(search.reason);
      return;
    }
    setSearchError(null);
    if (search.kind === "name") {
      setQuery({ kind: "name", q: search.q, page: 0 });
      return;
    }
    // The number has done its job once sent: it is kept neither in the box nor in the page state.
    setInput("");
    setIsLookingUp(true);
    try {
      setQuery({ kind: "lookup", seekers: await findByIdNumber(search.idNumber) });
    } catch (error) {
      setSearchError(describeError(error));
    } finally {
      setIsLookingUp(false);
    }
  }

  function toggle(seekerId: string, isChecked: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (isChecked) next.add(seekerId);
      else next.delete(seekerId);
      return next;
    });
  }

  const data = seekers.data;
  const page = query.kind === "name" ? query.page : 0;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / SEEKER_PAGE_SIZE)) : 1;
  const isFiltered = query.kind === "lookup" || query.q !== "";

  return (
    <section aria-labelledby="seekers-title">
      <div className="page-heading">
        <h1 id="seekers-title">求职者</h1>
        <p className="muted">登记求职者、查找已登记的人、打印签到胸牌。身份证号和手机号只显示部分数字。</p>
        <a className="button button--secondary button--small seekers-jump" href="#register-seeker">
          登记新求职者
        </a>
      </div>
      <div className="seekers-layout">
        <section className="card" aria-labelledby={`${id}-list`} aria-busy={seekers.status === "loading"}>
          <div className="section-heading">
            <h2 id={`${id}-list`}>已登记的求职者</h2>
            {data && <span className="muted">共 {formatNumber(data.total)} 人</span>}
          </div>
          <form className="seekers-search" onSubmit={handleSearch} noValidate>
            <label htmlFor={`${id}-q`}>按姓名或身份证号查找</label>
            <div className="seekers-search__row">
              <input
                id={`${id}-q`}
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={input}
                onChange={(event) => {
                  setInput(event.target.value);
                  setSearchError(null);
                }}
                aria-invalid={searchError ? true : undefined}
                aria-describedby={searchError ? `${id}-q-error` : `${id}-q-hint`}
              />
              <button type="submit" className="button" disabled={isLookingUp} aria-busy={isLookingUp}>
                {isLookingUp ? "正在查找…" : "查找"}
              </button>
            </div>
            {searchError ? (
              <p id={`${id}-q-error`} className="field__error">
                {searchError}
              </p>
            ) : (
              <p id={`${id}-q-hint`} className="field__hint">
                输入姓名中的字，或完整的18位身份证号
              </p>
            )}
          </form>

          {selected.size > 0 && (
            <div className="seekers-selection" role="status">
              <span>已选择 {selected.size} 人</span>
              <button type="button" className="button button--small" onClick={() => navigate(getBadgeSheetPath([...selected]))}>
                打印所选胸牌
              </button>
              <button type="button" className="button button--secondary button--small" onClick={() => setSelected(new Set())}>
                清除选择
              </button>
            </div>
          )}

          {seekers.status === "loading" && !data && <p role="status">正在加载求职者…</p>}
          {seekers.status === "error" && <ErrorPanel error={seekers.error} title="求职者加载失败" onRetry={seekers.reload} />}
          {data && data.seekers.length === 0 && (
            <div className="empty-state">
              <p className="empty-state__title">{isFiltered ? "没有找到符合条件的求职者" : "还没有登记求职者"}</p>
              <p className="muted">{isFiltered ? "可以换个姓名再找，或在右侧登记。" : "在右侧填写信息即可登记。"}</p>
            </div>
          )}
          {data && data.seekers.length > 0 && <SeekerTable seekers={data.seekers} selected={selected} onToggle={toggle} />}
          {data && query.kind === "name" && pageCount > 1 && (
            <nav className="seekers-pager" aria-label="翻页">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page === 0}
                onClick={() => setQuery({ ...query, page: page - 1 })}
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
                onClick={() => setQuery({ ...query, page: page + 1 })}
              >
                下一页
              </button>
            </nav>
          )}
          {query.kind === "lookup" && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setQuery({ kind: "name", q: "", page: 0 })}
            >
              显示全部
            </button>
          )}
        </section>

        <div className="seekers-layout__side" id="register-seeker">
          {registered && (
            <p className="form-success" role="status">
              {registered.text}
              <Link to={`/seekers/${registered.id}`}>查看并打印胸牌</Link>
            </p>
          )}
          <RegisterSeekerForm
            title="登记求职者"
            submitLabel="登记"
            onRegistered={(outcome) => {
              if (outcome.kind === "created") {
                setRegistered({ id: outcome.seeker.id, text: `已登记「${outcome.seeker.name}」。` });
                seekers.reload();
              } else {
                setRegistered({ id: outcome.seekerId, text: "这个身份证号已经登记过，没有重复登记。" });
              }
            }}
          />
        </div>
      </div>
    </section>
  );
}
