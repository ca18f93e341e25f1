import { type Notification, type NotificationKind, NotificationKindSchema, STAFF_LABELS } from "@xiezuo/contracts";
import { useState } from "react";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { Pager } from "../../components/pager.tsx";
import { formatNumber, formatShortDate, formatTime } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { Chip } from "../jobs/index.ts";
import { describeProvider, providerLabel } from "./notification-labels.ts";
import { listOutbox, OUTBOX_PAGE_SIZE } from "./notifications-api.ts";
import "./outbox.css";

/** 短信发件箱 (ADMIN): every message to job seekers, as queued and as delivered. */
export function OutboxPage() {
  useDocumentTitle("短信发件箱");
  const [kind, setKind] = useState<NotificationKind | null>(null);
  const [offset, setOffset] = useState(0);
  const outbox = useApiData((signal) => listOutbox({ kind, offset }, signal), [kind, offset]);
  const isRefreshing = outbox.status === "loading" && outbox.data !== null;

  function chooseKind(next: NotificationKind | null) {
    setKind(next);
    setOffset(0);
  }

  return (
    <section className="manage-page outbox" aria-labelledby="outbox-title">
      <div className="page-heading">
        <h1 id="outbox-title">短信发件箱</h1>
        <button
          type="button"
          className="button button--secondary page-heading__action"
          onClick={outbox.reload}
          disabled={outbox.status === "loading"}
          aria-busy={isRefreshing}
        >
          {outbox.status === "loading" ? "正在刷新…" : "刷新"}
        </button>
      </div>
      <p className="muted">
        发给求职者的验证码、求职进展和回访提醒。{outbox.data ? describeProvider(outbox.data.provider) : ""}手机号只显示部分数字。
      </p>

      <fieldset className="chip-fieldset">
        <legend className="visually-hidden">短信类型</legend>
        <div className="chip-group__chips">
          <Chip isOn={kind === null} onClick={() => chooseKind(null)}>
            全部
          </Chip>
          {NotificationKindSchema.options.map((value) => (
            <Chip key={value} isOn={kind === value} onClick={() => chooseKind(kind === value ? null : value)}>
              {STAFF_LABELS.notificationKind[value]}
            </Chip>
          ))}
        </div>
      </fieldset>

      {outbox.status === "loading" && !outbox.data && <p role="status">正在加载短信…</p>}
      {outbox.status === "error" && <ErrorPanel error={outbox.error} title="短信加载失败" onRetry={outbox.reload} />}
      {outbox.data && outbox.data.notifications.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{kind ? `还没有“${STAFF_LABELS.notificationKind[kind]}”短信` : "还没有短信"}</p>
          <p className="muted">求职者报名、企业更新录用状态、工作人员发送回访提醒时，短信会出现在这里。</p>
        </div>
      )}
      {outbox.data && outbox.data.notifications.length > 0 && (
        <>
          <p className="result-bar__count" role="status">
            共 <strong>{formatNumber(outbox.data.total)}</strong> 条{isRefreshing ? "，正在刷新…" : ""}
          </p>
          <ul className="manage-list" aria-label="短信列表" data-testid="outbox-list">
            {outbox.data.notifications.map((notification) => (
              <OutboxItem key={notification.id} notification={notification} />
            ))}
          </ul>
          {outbox.data.total > OUTBOX_PAGE_SIZE && (
            <Pager
              offset={offset}
              pageSize={OUTBOX_PAGE_SIZE}
              total={outbox.data.total}
              label={`第 ${formatNumber(offset + 1)}–${formatNumber(Math.min(offset + OUTBOX_PAGE_SIZE, outbox.data.total))} 条`}
              onChange={setOffset}
            />
          )}
        </>
      )}
    </section>
  );
}

function OutboxItem({ notification }: { notification: Notification }) {
  const { status } = notification;
  return (
    <li className={`card outbox-item outbox-item--${status.toLowerCase()}`} data-testid="outbox-item" data-kind={notification.kind}>
      <div className="outbox-item__top">
        <span className="tag tag--plain">{STAFF_LABELS.notificationKind[notification.kind]}</span>
        <span className="mono">{notification.phoneMasked}</span>
        <span className={`outbox-item__status outbox-item__status--${status.toLowerCase()}`}>
          {STAFF_LABELS.notificationStatus[status]}
        </span>
      </div>
      <p className="outbox-item__text" data-testid="outbox-text">
        {notification.text}
      </p>
      <p className="muted outbox-item__meta">
        <time dateTime={notification.createdAt}>
          {formatShortDate(notification.createdAt)} {formatTime(notification.createdAt)}
        </time>{" "}
        生成
        {notification.sentAt && ` · ${formatTime(notification.sentAt)} 发出`}
        {notification.provider && ` · ${providerLabel(notification.provider)}`} · 尝试 {notification.attempts} 次
      </p>
      {notification.lastError && <p className="outbox-item__error">上次失败原因：{notification.lastError}</p>}
    </li>
  );
}
