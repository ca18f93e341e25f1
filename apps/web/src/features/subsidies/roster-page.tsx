import type { SubsidyRoster as Roster, SubsidyEntry as RosterEntry } from "@xiezuo/contracts";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PaymentDialog, WithdrawDialog } from "./roster-entry-dialogs.tsx";
import { approveRoster, getRoster, listSubsidyRules, noticeFileUrl, publishRoster } from "./subsidies-api.ts";
import {
  entryDisplayName,
  formatYuan,
  isPaid,
  isWithdrawn,
  ROSTER_STATUS_LABELS,
  type RosterGroupTotal,
  rosterActions,
  SUBSIDY_KIND_LABELS,
  summariseRoster,
  totalsByCategory,
  totalsByPovertyStatus,
  totalsByTownship,
  totalsByVillage,
} from "./subsidy-model.ts";
import "./subsidies.css";

type Dialog = { kind: "publish" } | { kind: "approve" } | { kind: "withdraw"; entry: RosterEntry } | { kind: "pay"; entry: RosterEntry };

/** 补贴名单: figures, 公示, 审核通过, withdrawals after an objection, and a payment per entry. */
export function RosterPage() {
  const { id = "" } = useParams();
  useDocumentTitle("补贴名单");
  const roster = useApiData((signal) => getRoster(id, signal), [id]);

  return (
    <div className="manage-page subsidies-page">
      <p>
        <Link to="/subsidies">← 免申即享</Link>
      </p>
      {roster.status === "loading" && !roster.data && <p role="status">正在加载…</p>}
      {roster.status === "error" && <ErrorPanel error={roster.error} title="名单加载失败" onRetry={roster.reload} />}
      {roster.data && <RosterView roster={roster.data} />}
    </div>
  );
}

function RosterView({ roster }: { roster: Roster }) {
  const user = useCurrentUser();
  const canAct = user.role === "ADMIN";
  const actions = rosterActions(roster.status);
  const summary = summariseRoster(roster.entries);
  const rules = useApiData((signal) => listSubsidyRules(signal), [], { key: ["subsidy-rules"] });
  const rule = rules.data?.find((candidate) => candidate.id === roster.ruleId) ?? null;
  const byCategory = totalsByCategory(roster.entries, rule?.amounts ?? null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const close = () => setDialog(null);

  return (
    <>
      <header className="subsidy-roster__header">
        <div className="manage-item__main">
          <span className={`badge subsidy-status subsidy-status--${roster.status.toLowerCase()}`}>
            {ROSTER_STATUS_LABELS[roster.status]}
          </span>
          <h1>{rule?.name ?? `${SUBSIDY_KIND_LABELS[roster.kind]}名单`}</h1>
        </div>
        <p className="muted">
          {SUBSIDY_KIND_LABELS[roster.kind]} · 统计到 {roster.asOf}
        </p>
        <p className="form-success" role="status">
          {message}
        </p>
      </header>
      <dl className="subsidy-figures">
        <div>
          <dt>人数（户数）</dt>
          <dd>{formatNumber(summary.count)}</dd>
        </div>
        <div>
          <dt>合计金额</dt>
          <dd>{formatYuan(summary.amount)}</dd>
        </div>
        <div>
          <dt>已发放</dt>
          <dd>
            {formatNumber(summary.paidCount)} 笔 · {formatYuan(summary.paidAmount)}
          </dd>
        </div>
      </dl>
      <div className="button-row subsidy-actions">
        {canAct && actions.canPublish && (
          <button type="button" className="button" onClick={() => setDialog({ kind: "publish" })}>
            公示
          </button>
        )}
        {canAct && actions.canApprove && (
          <button type="button" className="button" onClick={() => setDialog({ kind: "approve" })}>
            审核通过
          </button>
        )}
        {roster.status !== "DRAFT" && (
          <>
            <Link className="button button--secondary" to={`/rosters/${roster.id}/notice`}>
              打印公示
            </Link>
            <a className="button button--secondary" href={noticeFileUrl(roster.id, "csv")} download>
              公示名单 CSV
            </a>
            <a className="button button--secondary" href={noticeFileUrl(roster.id, "xlsx")} download>
              公示名单 Excel
            </a>
          </>
        )}
      </div>
      {roster.entries.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">名单上没有人</p>
          <p className="muted">按这条规则，到统计日期还没有符合条件的人员；已在其他名单上的不会重复列入。</p>
        </div>
      ) : (
        <>
          <div className="subsidy-totals">
            <TotalsTable title="按乡镇合计" heading="乡镇" groups={totalsByTownship(roster.entries)} />
            {roster.kind === "TRANSPORT" && (
              <TotalsTable title="按家庭类别合计" heading="家庭类别" groups={totalsByPovertyStatus(roster.entries)} />
            )}
            {byCategory && <TotalsTable title="按务工地类别合计" heading="类别" groups={byCategory} />}
            <TotalsTable title="按村合计" heading="村" groups={totalsByVillage(roster.entries)} />
          </div>
          <section aria-labelledby="roster-entries-title">
            <h2 id="roster-entries-title">名单明细</h2>
            <ul className="subsidy-entries">
              {roster.entries.map((entry) => (
                <EntryItem
                  key={entry.id}
                  entry={entry}
                  canWithdraw={canAct && actions.canWithdraw}
                  canPay={canAct && actions.canPay}
                  onWithdraw={() => setDialog({ kind: "withdraw", entry })}
                  onPay={() => setDialog({ kind: "pay", entry })}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      {dialog?.kind === "publish" && (
        <ConfirmDialog
          title="确认公示？"
          confirmLabel="公示"
          onConfirm={async () => {
            await publishRoster(roster.id);
            setMessage("名单已公示。可以打印公示或下载公示名单张贴到村。");
          }}
          onClose={close}
        >
          <p>公示后名单不能再重新生成；有异议的人员可以撤回，公示期满后审核通过。</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === "approve" && (
        <ConfirmDialog
          title="确认审核通过？"
          confirmLabel="审核通过"
          onConfirm={async () => {
            await approveRoster(roster.id);
            setMessage("名单已审核通过，可以逐笔登记发放。");
          }}
          onClose={close}
        >
          <p>
            审核通过后不能再撤回人员。共 {formatNumber(summary.count)} 笔，{formatYuan(summary.amount)}。
          </p>
        </ConfirmDialog>
      )}
      {dialog?.kind === "withdraw" && <WithdrawDialog rosterId={roster.id} entry={dialog.entry} onDone={setMessage} onClose={close} />}
      {dialog?.kind === "pay" && <PaymentDialog rosterId={roster.id} entry={dialog.entry} onDone={setMessage} onClose={close} />}
    </>
  );
}

function TotalsTable({ title, heading, groups }: { title: string; heading: string; groups: readonly RosterGroupTotal[] }) {
  return (
    <section className="card subsidy-totals__card">
      <h2>{title}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">笔数</th>
            <th scope="col">金额</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.label}>
              <th scope="row">{group.label}</th>
              <td>{formatNumber(group.count)}</td>
              <td>{formatYuan(group.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EntryItem(props: { entry: RosterEntry; canWithdraw: boolean; canPay: boolean; onWithdraw: () => void; onPay: () => void }) {
  const { entry } = props;
  const withdrawn = isWithdrawn(entry);
  const place = [entry.township, entry.village].filter(Boolean).join(" ");
  return (
    <li className={`card subsidy-entry${withdrawn ? " subsidy-entry--withdrawn" : ""}`} data-testid="roster-entry">
      <div className="subsidy-entry__main">
        <strong>{entryDisplayName(entry)}</strong>
        <span className="subsidy-entry__amount">{formatYuan(entry.amount)}</span>
      </div>
      <p className="muted">
        {place || "未注明乡镇"} · {entry.employerId !== null ? `用工企业，${entry.placementIds.length} 人` : "务工人员"}
      </p>
      {withdrawn && <p className="subsidy-entry__note">已撤回{entry.withdrawReason ? `：${entry.withdrawReason}` : ""}</p>}
      {entry.paidOn !== null && (
        <p className="subsidy-entry__paid">
          已发放 · {entry.paidOn}
          {entry.paymentReference ? ` · 凭证 ${entry.paymentReference}` : ""}
        </p>
      )}
      {!withdrawn && (props.canWithdraw || (props.canPay && !isPaid(entry))) && (
        <div className="button-row">
          {props.canWithdraw && (
            <button type="button" className="button button--small button--danger-outline" onClick={props.onWithdraw}>
              撤回
            </button>
          )}
          {props.canPay && !isPaid(entry) && (
            <button type="button" className="button button--small" onClick={props.onPay}>
              登记发放
            </button>
          )}
        </div>
      )}
    </li>
  );
}
