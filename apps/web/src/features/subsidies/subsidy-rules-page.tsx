import { type SubsidyRule, toChinaDate } from "@xiezuo/contracts";
import { type FormEvent, useId, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useCurrentUser } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { describeError } from "../../lib/api-client.ts";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { RuleForm } from "./rule-form.tsx";
import { computeRoster, listRuleRosters, listSubsidyRules } from "./subsidies-api.ts";
import { describeAmounts, describeRule, formatYuan, ROSTER_STATUS_LABELS, SUBSIDY_KIND_LABELS } from "./subsidy-model.ts";
import "./subsidies.css";

/** 免申即享: the bureau's subsidy rules; each computes a roster of who qualifies, nobody has to apply. */
export function SubsidyRulesPage() {
  useDocumentTitle("免申即享");
  const user = useCurrentUser();
  const canEdit = user.role === "ADMIN";
  const [isCreating, setIsCreating] = useState(false);
  const rules = useApiData((signal) => listSubsidyRules(signal), []);

  return (
    <div className="manage-page subsidies-page">
      <div className="page-heading">
        <div>
          <h1>免申即享</h1>
          <p className="muted">按规则从务工记录里算出该享受补贴的人，公示、审核后直接发放，群众不用申请。</p>
        </div>
        {canEdit && !isCreating && (
          <button type="button" className="button page-heading__action" onClick={() => setIsCreating(true)}>
            新建补贴规则
          </button>
        )}
      </div>
      {isCreating && <RuleForm onCreated={() => setIsCreating(false)} onCancel={() => setIsCreating(false)} />}
      <section aria-labelledby="subsidy-rules-title" aria-busy={rules.status === "loading"}>
        <h2 id="subsidy-rules-title" className="visually-hidden">
          补贴规则
        </h2>
        {rules.status === "loading" && !rules.data && <p role="status">正在加载…</p>}
        {rules.status === "error" && <ErrorPanel error={rules.error} title="补贴规则加载失败" onRetry={rules.reload} />}
        {rules.data && rules.data.length === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">还没有补贴规则</p>
            <p className="muted">
              {canEdit ? "点「新建补贴规则」，写明年度、家庭类别、务工月数和金额。" : "由管理员新建补贴规则后，这里会列出。"}
            </p>
          </div>
        )}
        {rules.data && rules.data.length > 0 && (
          <ul className="manage-list">
            {rules.data.map((rule) => (
              <RuleItem key={rule.id} rule={rule} canCompute={canEdit} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RuleItem({ rule, canCompute }: { rule: SubsidyRule; canCompute: boolean }) {
  const id = useId();
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState(() => toChinaDate(new Date()));
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleCompute(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!asOf) {
      setError("请选择统计日期");
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const roster = await computeRoster(rule.id, asOf);
      navigate(`/rosters/${roster.id}`);
    } catch (failure) {
      setError(describeError(failure));
      setIsBusy(false);
    }
  }

  return (
    <li className="card manage-item" data-testid="subsidy-rule">
      <div className="manage-item__main">
        <span className="badge">{SUBSIDY_KIND_LABELS[rule.kind]}</span>
        <h3 className="manage-item__title">{rule.name}</h3>
      </div>
      <p>{describeRule(rule)}</p>
      <p className="muted">{describeAmounts(rule.amounts)}</p>
      <RuleRosters ruleId={rule.id} />
      {canCompute && (
        <form className="subsidy-compute" onSubmit={handleCompute} noValidate aria-busy={isBusy}>
          <label htmlFor={`${id}-as-of`}>统计到</label>
          <input id={`${id}-as-of`} type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
          <button type="submit" className="button button--small" disabled={isBusy}>
            {isBusy ? "正在计算…" : "生成名单"}
          </button>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </li>
  );
}

/** The rule's rosters, newest first: each reopens its roster page. */
function RuleRosters({ ruleId }: { ruleId: string }) {
  const rosters = useApiData((signal) => listRuleRosters(ruleId, signal), [ruleId]);
  if (rosters.status === "error" && !rosters.data)
    return <ErrorPanel error={rosters.error} title="名单加载失败" onRetry={rosters.reload} />;
  if (!rosters.data || rosters.data.length === 0) return null;
  return (
    <ul className="subsidy-rule-rosters" aria-label="已生成的名单">
      {rosters.data.map((roster) => (
        <li key={roster.id}>
          <Link to={`/rosters/${roster.id}`}>统计到 {roster.asOf} 的名单</Link>{" "}
          <span className={`badge subsidy-status subsidy-status--${roster.status.toLowerCase()}`}>
            {ROSTER_STATUS_LABELS[roster.status]}
          </span>{" "}
          <span className="muted">
            {formatNumber(roster.count)} 笔 · {formatYuan(roster.total)}
          </span>
        </li>
      ))}
    </ul>
  );
}
