import type { Registration, Seeker } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber, formatShortDate, formatTime } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { maskName } from "./checkin-result.ts";
import { confirmRegistration, listUnconfirmedRegistrations } from "./registrations-api.ts";
import "./pre-registrations.css";

interface PreRegistrationsSectionProps {
  fairId: string;
  /** Called with the confirmed seeker; the desk checks them in. */
  onConfirmed: (seeker: Seeker) => Promise<void>;
}

/**
 * 网上报名待确认: people who signed up on their phone but never confirmed the code. With the
 * ID card in front of them, staff confirm and check them in. Names are masked on the list
 * (others can see the desk's screen); typing a name finds the row.
 */
export function PreRegistrationsSection({ fairId, onConfirmed }: PreRegistrationsSectionProps) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [confirming, setConfirming] = useState<Registration | null>(null);
  const list = useApiData((signal) => listUnconfirmedRegistrations(fairId, signal), [fairId]);
  const total = list.data?.total ?? null;
  const wanted = query.trim();
  const rows = (list.data?.registrations ?? []).filter((row) => wanted === "" || row.name.includes(wanted));

  return (
    <section className="card pre-registrations" aria-labelledby={`${id}-title`}>
      <div className="section-heading">
        <h2 id={`${id}-title`}>
          网上报名待确认
          {total !== null && <span className="muted">（{formatNumber(total)} 人）</span>}
        </h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={list.reload}
            disabled={list.status === "loading"}
          >
            {list.status === "loading" ? "正在刷新…" : "刷新"}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={isOpen}
            aria-controls={`${id}-body`}
            onClick={() => setIsOpen((open) => !open)}
          >
            {isOpen ? "收起" : "查看"}
          </button>
        </div>
      </div>
      <div id={`${id}-body`} hidden={!isOpen} className="pre-registrations__body">
        <p className="muted">在手机上报名、但没有输入短信验证码的人。核对本人身份证后点「现场确认」，会同时为其签到。</p>
        {list.status === "loading" && !list.data && <p role="status">正在加载网上报名…</p>}
        {list.status === "error" && <ErrorPanel error={list.error} title="网上报名加载失败" onRetry={list.reload} />}
        {list.data && list.data.registrations.length === 0 && <p className="empty-state">没有待确认的网上报名。</p>}
        {list.data && list.data.registrations.length > 0 && (
          <>
            <div className="field">
              <label htmlFor={`${id}-query`}>按姓名查找</label>
              <input id={`${id}-query`} type="search" autoComplete="off" value={query} onChange={(event) => setQuery(event.target.value)} />
            </div>
            {rows.length === 0 && <p className="muted">没有姓名包含“{wanted}”的报名。</p>}
            <ul className="pre-registrations__list" aria-label="待确认的网上报名">
              {rows.map((row) => (
                <li key={row.id} className="pre-registrations__item" data-testid="pre-registration">
                  <div>
                    <p className="pre-registrations__name">{maskName(row.name)}</p>
                    <p className="muted mono">
                      {row.idNumberMasked} · {row.phoneMasked}
                    </p>
                    <p className="muted">
                      {formatShortDate(row.createdAt)} {formatTime(row.createdAt)} 报名
                    </p>
                    {row.reviewNote && <p className="notice">{row.reviewNote}</p>}
                  </div>
                  <button type="button" className="button" onClick={() => setConfirming(row)}>
                    现场确认
                  </button>
                </li>
              ))}
            </ul>
            {list.data.total > list.data.registrations.length && (
              <p className="muted">只显示最早的 {formatNumber(list.data.registrations.length)} 条，确认后刷新可看到更多。</p>
            )}
          </>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title="核对身份证后确认"
          confirmLabel="确认并签到"
          onConfirm={async () => {
            const { seeker } = await confirmRegistration(confirming.id);
            await onConfirmed(seeker);
            list.reload();
          }}
          onClose={() => setConfirming(null)}
        >
          <p>请看本人身份证，核对无误再确认：</p>
          <dl className="facts">
            <div className="facts__row">
              <dt>姓名</dt>
              <dd>{confirming.name}</dd>
            </div>
            <div className="facts__row">
              <dt>身份证号</dt>
              <dd className="mono">{confirming.idNumberMasked}</dd>
            </div>
            <div className="facts__row">
              <dt>手机号</dt>
              <dd className="mono">{confirming.phoneMasked}</dd>
            </div>
          </dl>
          {confirming.reviewNote && <p className="notice">{confirming.reviewNote}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
