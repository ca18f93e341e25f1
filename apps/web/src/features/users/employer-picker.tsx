import type { Employer, EmployerListResponse } from "@xiezuo/contracts";
import { useEffect, useRef, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { type ApiData, useApiData } from "../../lib/use-api-data.ts";
import { listEmployers } from "./users-api.ts";

const SEARCH_DELAY_MS = 300;

interface EmployerPickerProps {
  id: string;
  /** The first 200 employers, loaded by the page (it also needs their names). */
  initial: ApiData<EmployerListResponse> & { reload: () => void };
  value: string;
  onChange: (employerId: string) => void;
  error: string | undefined;
  errorId: string;
}

/** A plain select with a name search on the server for regions with many employers. */
export function EmployerPicker({ id, initial, value, onChange, error, errorId }: EmployerPickerProps) {
  const [query, setQuery] = useState("");
  const [debouncedQuery, setDebouncedQuery] = useState("");
  const known = useRef(new Map<string, Employer>());

  useEffect(() => {
    const timer = window.setTimeout(() => setDebouncedQuery(query.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const search = useApiData((signal) => (debouncedQuery ? listEmployers(debouncedQuery, signal) : Promise.resolve(null)), [debouncedQuery]);
  const source = debouncedQuery ? search : initial;
  const employers = source.data?.employers ?? [];
  for (const employer of employers) known.current.set(employer.id, employer);

  // Keep the chosen employer selectable even when a new search no longer lists it.
  const selected = value ? known.current.get(value) : undefined;
  const options = selected && !employers.some((e) => e.id === selected.id) ? [selected, ...employers] : employers;
  const total = source.data?.total ?? 0;

  return (
    <fieldset className="field employer-picker">
      <legend>所属企业</legend>
      <label htmlFor={`${id}-search`} className="field__sub-label">
        按企业名称查找
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="输入企业名称"
        autoComplete="off"
      />
      <label htmlFor={id} className="field__sub-label">
        选择企业
      </label>
      <select
        id={id}
        name="employerId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : `${id}-hint`}
        disabled={source.status === "loading" && options.length === 0}
      >
        <option value="">{source.status === "loading" ? "正在加载企业…" : "请选择企业"}</option>
        {options.map((employer) => (
          <option key={employer.id} value={employer.id}>
            {employer.name}（{employer.city}）
          </option>
        ))}
      </select>
      {source.status === "error" && <ErrorPanel error={source.error} title="企业列表加载失败" onRetry={source.reload} />}
      <p id={`${id}-hint`} className="field__hint">
        {source.data && employers.length === 0
          ? "没有找到企业。请先由管理员登记企业。"
          : total > employers.length
            ? `共 ${formatNumber(total)} 家，仅列出前 ${formatNumber(employers.length)} 家，请输入名称查找。`
            : source.data
              ? `共 ${formatNumber(total)} 家企业`
              : ""}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
