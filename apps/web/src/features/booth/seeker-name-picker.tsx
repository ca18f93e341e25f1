import type { Seeker } from "@xiezuo/contracts";
import { type FormEvent, useId, useState } from "react";
import { describeError } from "../../lib/api-client.ts";
import { listSeekers } from "../seekers/index.ts";

/**
 * For staff at a booth: find a person by part of the name (never by number in a URL) and pick
 * them; each result shows the masked ID number so two people of one name can be told apart.
 */
export function SeekerNamePicker({ onPick, disabled }: { onPick: (seekerId: string) => void; disabled: boolean }) {
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Seeker[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSearching, setIsSearching] = useState(false);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (q.trim() === "") {
      setError("请输入姓名");
      return;
    }
    setIsSearching(true);
    setError(null);
    try {
      setResults((await listSeekers(q.trim(), 0)).seekers);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setIsSearching(false);
    }
  }

  return (
    <div className="booth-name-picker">
      <form onSubmit={search} noValidate className="field">
        <label htmlFor={`${id}-q`}>求职者姓名</label>
        <div className="input-with-button">
          <input id={`${id}-q`} type="search" enterKeyHint="search" value={q} onChange={(event) => setQ(event.target.value)} />
          <button type="submit" className="button button--secondary" disabled={isSearching} aria-busy={isSearching}>
            {isSearching ? "正在查找…" : "查找"}
          </button>
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </form>
      {results && results.length === 0 && <p className="muted">没有找到叫“{q}”的求职者，请核对姓名或让他到签到台登记。</p>}
      {results && results.length > 0 && (
        <ul className="booth-name-picker__list" aria-label="查找结果">
          {results.map((seeker) => (
            <li key={seeker.id}>
              <span>
                <strong>{seeker.name}</strong> <span className="muted">{seeker.idNumberMasked}</span>
              </span>
              <button type="button" className="button button--small" disabled={disabled} onClick={() => onPick(seeker.id)}>
                登记意向
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
