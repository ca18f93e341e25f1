import { STAFF_LABELS, type TransferDetail } from "@xiezuo/contracts";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatDay, formatNumber, formatTime } from "../../lib/format.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useOrganisations } from "../organisations/index.ts";
import { CandidatesDialog } from "./candidates-dialog.tsx";
import { ConnectionNote, CountTiles } from "./count-tiles.tsx";
import { ArrivalDialog, ExceptionDialog } from "./member-dialogs.tsx";
import { type MemberAction, MemberTable } from "./member-table.tsx";
import { canRunTransfer, countMembers, describeDeparture, describeDestination, manifestUrl, sortMembers } from "./transfer-model.ts";
import { TransferStatusBadge } from "./transfer-status-badge.tsx";
import { departTransfer } from "./transfers-api.ts";
import { useLiveTransfer } from "./use-live-transfer.ts";
import "./transfers.css";

/** One transfer: its figures live from the room, the list of people and what can be done with them. */
export function TransferPage() {
  const { id = "" } = useParams();
  const live = useLiveTransfer(id, { rereadOnEvent: true });
  const transfer = live.transfer;
  useDocumentTitle(transfer ? `组织输出 · ${transfer.title}` : "组织输出");
  const isNotFound = isApiRequestError(live.error) && (live.error.status === 404 || live.error.status === 400);

  return (
    <div className="manage-page transfer-page">
      <p className="back-link">
        <Link to="/transfers">← 返回组织输出</Link>
      </p>
      {live.status === "loading" && !transfer && <p role="status">正在加载…</p>}
      {live.status === "error" &&
        !transfer &&
        (isNotFound ? (
          <div className="message-page">
            <h1>没有找到这次输出</h1>
            <Link className="button" to="/transfers">
              返回组织输出
            </Link>
          </div>
        ) : (
          <ErrorPanel error={live.error} title="加载失败" onRetry={live.reload} />
        ))}
      {transfer && <TransferWorkspace transfer={transfer} counts={live.counts ?? transfer.counts} connection={live.connection} />}
    </div>
  );
}

function TransferWorkspace({
  transfer,
  counts,
  connection,
}: {
  transfer: TransferDetail;
  counts: TransferDetail["counts"];
  connection: Parameters<typeof ConnectionNote>[0]["status"];
}) {
  const user = useCurrentUser();
  const organisations = useOrganisations(user);
  const canRun = canRunTransfer(user, transfer, organisations.data?.organisations ?? null);
  const isPlanned = transfer.status === "PLANNED";
  const [dialog, setDialog] = useState<MemberAction | { kind: "candidates" } | { kind: "depart" } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const members = sortMembers(transfer.members);
  const close = () => setDialog(null);

  return (
    <>
      <header className="transfer-header">
        <div className="transfer-header__title">
          <h1>{transfer.title}</h1>
          <TransferStatusBadge status={transfer.status} />
        </div>
        <dl className="facts transfer-header__facts">
          <div className="facts__row">
            <dt>出发</dt>
            <dd>
              {formatDay(transfer.departsAt)} {formatTime(transfer.departsAt)} · {STAFF_LABELS.transportMode[transfer.transport]}
            </dd>
          </div>
          {transfer.departedAt && (
            <div className="facts__row">
              <dt>发车</dt>
              <dd>
                {formatDay(transfer.departedAt)} {formatTime(transfer.departedAt)}
              </dd>
            </div>
          )}
          <div className="facts__row">
            <dt>目的地</dt>
            <dd>{describeDestination(transfer)}</dd>
          </div>
        </dl>
      </header>

      <section className="transfer-figures" aria-labelledby="transfer-figures-title">
        <div className="section-heading">
          <h2 id="transfer-figures-title">
            人数<span className="muted transfer-figures__total">（名单共 {formatNumber(countMembers(counts))} 人）</span>
          </h2>
          <ConnectionNote status={connection} />
        </div>
        <CountTiles counts={counts} />
      </section>

      <div className="button-row transfer-actions">
        {isPlanned && canRun && (
          <>
            <Link className="button" to={`/transfers/${transfer.id}/boarding`}>
              上车登记
            </Link>
            <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: "candidates" })}>
              从已录用名单添加
            </button>
            <button type="button" className="button button--danger-outline" onClick={() => setDialog({ kind: "depart" })}>
              发车
            </button>
          </>
        )}
        <a className="button button--secondary" href={manifestUrl(transfer.id, "csv")} download>
          导出名单 CSV
        </a>
        <a className="button button--secondary" href={manifestUrl(transfer.id, "xlsx")} download>
          导出名单 XLSX
        </a>
      </div>
      <div className="form-success" role="status">
        {message}
      </div>

      <section aria-labelledby="transfer-members-title">
        <h2 id="transfer-members-title">名单</h2>
        {members.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">名单上还没有人</p>
            {isPlanned && canRun && <p className="muted">点「从已录用名单添加」，勾选要一起出发的人。</p>}
          </div>
        ) : (
          <MemberTable transfer={transfer} members={members} onAction={setDialog} />
        )}
      </section>

      {dialog?.kind === "candidates" && (
        <CandidatesDialog
          transferId={transfer.id}
          onClose={close}
          onAdded={(text) => {
            setMessage(text);
          }}
        />
      )}
      {dialog?.kind === "depart" && (
        <ConfirmDialog
          title="确认发车？"
          confirmLabel="确认发车"
          isDanger
          onConfirm={async () => {
            await departTransfer(transfer.id);
            setMessage("已发车。");
          }}
          onClose={close}
        >
          <p>{describeDeparture(counts)}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === "arrival" && (
        <ArrivalDialog transferId={transfer.id} departedAt={transfer.departedAt} member={dialog.member} onClose={close} />
      )}
      {dialog?.kind === "exception" && <ExceptionDialog transferId={transfer.id} member={dialog.member} onClose={close} />}
    </>
  );
}
