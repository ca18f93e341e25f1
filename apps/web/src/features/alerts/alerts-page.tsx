import { type DropoutAlert, STAFF_LABELS, toChinaDate } from "@xiezuo/contracts";
import { useId, useState } from "react";
import { Link } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { getDefaultCoverageRegion, RegionField, RegionReportPage } from "../reports/index.ts";
import { listDropouts } from "./alerts-api.ts";
import { DAY_CHOICES, describeEmpty, describeEnded, describeLastVisit, groupByTownship, needsVisit } from "./alerts-model.ts";
import { VisitForm } from "./visit-form.tsx";
import "./alerts.css";

/** 返贫预警: households whose last worker came home lately, to visit first. */
export function AlertsPage() {
  return (
    <RegionReportPage
      title="返贫预警"
      intro="近期有家庭成员离岗、现在家里没有人在岗的家庭。请优先上门走访，了解情况并登记。"
      className="alerts-page"
    >
      {(jurisdiction) => <AlertList jurisdiction={jurisdiction} />}
    </RegionReportPage>
  );
}

function AlertList({ jurisdiction }: { jurisdiction: string | null }) {
  const id = useId();
  const [regionCode, setRegionCode] = useState(getDefaultCoverageRegion(jurisdiction));
  const [days, setDays] = useState<number>(30);
  const list = useApiData((signal) => listDropouts(regionCode, days, signal), [regionCode, days]);
  const today = toChinaDate(new Date());

  return (
    <>
      <form className="coverage-filters" onSubmit={(event) => event.preventDefault()} noValidate>
        <RegionField id={`${id}-region`} value={regionCode} jurisdiction={jurisdiction} onChange={setRegionCode} />
        <div className="field">
          <label htmlFor={`${id}-days`}>离岗时间</label>
          <select id={`${id}-days`} value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {DAY_CHOICES.map((n) => (
              <option key={n} value={n}>
                近{n}天
              </option>
            ))}
          </select>
        </div>
      </form>
      <section aria-labelledby={`${id}-title`} aria-busy={list.status === "loading"} className="alerts">
        <h2 id={`${id}-title`} className="visually-hidden">
          返贫风险户
        </h2>
        {list.status === "loading" && !list.data && <p role="status">正在加载…</p>}
        {list.status === "error" && <ErrorPanel error={list.error} title="返贫预警加载失败" onRetry={list.reload} />}
        {list.data && list.data.alerts.length === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">{describeEmpty(days)}</p>
            <p className="muted">有家庭成员离岗、家里再无人在岗时，这户会立即出现在这里。</p>
          </div>
        )}
        {list.data && list.data.alerts.length > 0 && (
          <>
            <p className="result-bar__count" role="status">
              共 <strong>{formatNumber(list.data.alerts.length)}</strong> 户，其中{" "}
              <strong>{formatNumber(list.data.alerts.filter(needsVisit).length)}</strong> 户离岗后尚未走访
            </p>
            {groupByTownship(list.data.alerts).map((group) => (
              <section key={group.township} className="alerts__township" aria-label={group.township}>
                <h3>
                  {group.township} <span className="muted">{group.alerts.length} 户</span>
                </h3>
                <ul className="alert-list">
                  {group.alerts.map((alert) => (
                    <AlertItem key={alert.householdId} alert={alert} today={today} />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </section>
    </>
  );
}

function AlertItem({ alert, today }: { alert: DropoutAlert; today: string }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const waiting = needsVisit(alert);
  return (
    <li className={`card alert-item${waiting ? " alert-item--waiting" : ""}`} data-household={alert.householdCode}>
      <div className="alert-item__head">
        <span className="mono alert-item__code">{alert.householdCode}</span>
        <span className="badge">{STAFF_LABELS.povertyStatus[alert.povertyStatus]}</span>
      </div>
      <p className="alert-item__place">
        {alert.township} · {alert.village}
      </p>
      <p>
        <Link to={`/seekers/${alert.seekerId}`}>{describeEnded(alert, today)}</Link>
      </p>
      <p className={waiting ? "alert-item__visit alert-item__visit--none" : "alert-item__visit"}>{describeLastVisit(alert, today)}</p>
      {saved && (
        <p role="status" className="alert-item__saved">
          {saved}
        </p>
      )}
      {open ? (
        <VisitForm
          householdId={alert.householdId}
          onSaved={(message) => {
            setSaved(message);
            setOpen(false);
          }}
        />
      ) : (
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
          登记上门走访
        </button>
      )}
    </li>
  );
}
