import { type FormEvent, useEffect, useId, useState } from "react";
import { cleanQuery, hasPersonalNumber } from "./job-search-params.ts";

interface JobSearchBoxProps {
  query: string;
  onSearch: (query: string) => void;
}

/** The big search box. Long numbers (ID cards, phones) are refused before they reach a URL. */
export function JobSearchBox({ query, onSearch }: JobSearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState(query);
  const [warning, setWarning] = useState<string | null>(null);

  // A suggestion link or the back button changes the query from outside.
  useEffect(() => setDraft(query), [query]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const cleaned = cleanQuery(draft);
    setWarning(hasPersonalNumber(draft) ? "搜索时请不要输入身份证号或手机号，已经帮您去掉了。" : null);
    setDraft(cleaned);
    onSearch(cleaned);
  }

  return (
    <search>
      <form className="job-search" onSubmit={handleSubmit}>
        <label htmlFor={`${id}-q`} className="job-search__label">
          想找什么工作？
        </label>
        <div className="job-search__row">
          <input
            id={`${id}-q`}
            className="job-search__input"
            type="search"
            name="q"
            enterKeyHint="search"
            autoComplete="off"
            maxLength={100}
            placeholder="如：焊工、做饭、包吃住"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby={warning ? `${id}-warning` : undefined}
          />
          <button type="submit" className="button job-search__button">
            搜索
          </button>
        </div>
        {warning && (
          <p id={`${id}-warning`} className="notice" role="status">
            {warning}
          </p>
        )}
      </form>
    </search>
  );
}
