import { STAFF_LABELS, type Transfer } from "@xiezuo/contracts";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { Pager } from "../../components/pager.tsx";
import { formatDay, formatNumber, formatTime } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { COUNT_TILES, countMembers, describeDestination } from "./transfer-model.ts";
import { TransferPlanForm } from "./transfer-plan-form.tsx";
import { TransferStatusBadge } from "./transfer-status-badge.tsx";
import { listTransfers, TRANSFER_PAGE_SIZE } from "./transfers-api.ts";
import "./transfers.css";

/** 组织输出: the bureau's transfers (newest first) and the form to plan one. */
export function TransferListPage() {
  useDocumentTitle("组织输出");
  const navigate = useNavigate();
  const [offset, setOffset] = useState(0);
  const [isPlanning, setIsPlanning] = useState(false);
  const list = useApiData((signal) => listTransfers(offset, signal), [offset]);

  return (
    <div className="manage-page transfers-page">
      <div className="page-heading">
        <div>
          <h1>组织输出</h1>
          <p className="muted">把已录用的人员组织成车次，统一出发：上车扫码、发车、到岗确认，人数实时更新。</p>
        </div>
        {!isPlanning && (
          <button type="button" className="button page-heading__action" onClick={() => setIsPlanning(true)}>
            计划新的输出
          </button>
        )}
      </div>
      {isPlanning && (
        <TransferPlanForm onCreated={(transfer) => navigate(`/transfers/${transfer.id}`)} onCancel={() => setIsPlanning(false)} />
      )}
      <section aria-labelledby="transfers-title" aria-busy={list.status === "loading"}>
        <h2 id="transfers-title" className="visually-hidden">
          输出车次
        </h2>
        {list.status === "loading" && !list.data && <p role="status">正在加载…</p>}
        {list.status === "error" && <ErrorPanel error={list.error} title="组织输出加载失败" onRetry={list.reload} />}
        {list.data && list.data.total === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">还没有组织输出</p>
            <p className="muted">点「计划新的输出」，填写出发时间和目的地，再从已录用名单添加人员。</p>
          </div>
        )}
        {list.data && list.data.transfers.length > 0 && (
          <>
            <ul className="manage-list">
              {list.data.transfers.map((transfer) => (
                <TransferItem key={transfer.id} transfer={transfer} />
              ))}
            </ul>
            <Pager
              offset={offset}
              pageSize={TRANSFER_PAGE_SIZE}
              total={list.data.total}
              onChange={setOffset}
              label={`第 ${formatNumber(offset + 1)}–${formatNumber(offset + list.data.transfers.length)} 次，共 ${formatNumber(list.data.total)} 次`}
            />
          </>
        )}
      </section>
    </div>
  );
}

function TransferItem({ transfer }: { transfer: Transfer }) {
  return (
    <li className="card manage-item" data-testid="transfer-item">
      <div className="manage-item__main">
        <TransferStatusBadge status={transfer.status} />
        <h3 className="manage-item__title">
          <Link to={`/transfers/${transfer.id}`}>{transfer.title}</Link>
        </h3>
      </div>
      <p>
        {formatDay(transfer.departsAt)} {formatTime(transfer.departsAt)} 出发 · {STAFF_LABELS.transportMode[transfer.transport]}
      </p>
      <p className="muted">前往 {describeDestination(transfer)}</p>
      <p className="transfer-item__counts">
        名单 <strong>{formatNumber(countMembers(transfer.counts))}</strong> 人
        {COUNT_TILES.map((tile) => (
          <span key={tile.field}>
            {" · "}
            {tile.label} <strong>{formatNumber(transfer.counts[tile.field])}</strong>
          </span>
        ))}
      </p>
    </li>
  );
}
