import type { Employer } from "@xiezuo/contracts";
import { useEffect, useRef, useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { listEmployers } from "../users/index.ts";

const SEARCH_DELAY_MS = 300;

/** 用工企业（选填）: a name search on the server and a select whose first choice is "none". */
export function EmployerChoice({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (employerId: string) => void;
  error: string | undefined;
}) {
  const [query, setQuery] = useState("");
  const [wanted, setWanted] = useState("");
  const known = useRef(new Map<string, Employer>());

  useEffect(() => {
    const timer = window.setTimeout(() => setWanted(query.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const list = useApiData((signal) => listEmployers(wanted, signal), [wanted]);
  const employers = list.data?.employers ?? [];
  for (const employer of employers) known.current.set(employer.id, employer);
  // The chosen employer stays selectable when a new search no longer lists it.
  const selected = value ? known.current.get(value) : undefined;
  const options = selected && !employers.some((e) => e.id === selected.id) ? [selected, ...employers] : employers;
  const hintId = `${id}-hint`;

  return (
    <fieldset className="field transfer-employer">
      <legend>
        用工企业<span className="field__optional">（选填）</span>
      </legend>
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
        aria-describedby={error ? `${id}-error` : hintId}
      >
        <option value="">不指定企业</option>
        {options.map((employer) => (
          <option key={employer.id} value={employer.id}>
            {employer.name}（{employer.city}）
          </option>
        ))}
      </select>
      {list.status === "error" && <ErrorPanel error={list.error} title="企业列表加载失败" onRetry={list.reload} />}
      <p id={hintId} className="field__hint">
        {wanted && list.data && employers.length === 0 ? `没有名称包含“${wanted}”的企业。` : "整车去同一家企业时选上；去多家企业就不用选。"}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
