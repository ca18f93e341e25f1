import { Link, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { getRoster } from "./subsidies-api.ts";
import { toNoticeRows } from "./subsidy-model.ts";
import "./subsidies.css";

/** 公示: the printable notice to post in the village. Names masked (张*三), never an ID or phone number. */
export function RosterNoticePage() {
  const { id = "" } = useParams();
  useDocumentTitle("补贴公示");
  const roster = useApiData((signal) => getRoster(id, signal), [id]);

  return (
    <div className="subsidy-notice">
      <p className="subsidy-notice__tools">
        <Link to={`/rosters/${id}`}>← 返回名单</Link>
        <button type="button" className="button button--small" onClick={() => window.print()} disabled={!roster.data}>
          打印
        </button>
      </p>
      {roster.status === "loading" && !roster.data && <p role="status">正在加载…</p>}
      {roster.status === "error" && <ErrorPanel error={roster.error} title="公示名单加载失败" onRetry={roster.reload} />}
      {roster.data && (
        <article>
          <h1>补贴发放公示</h1>
          <p>以下人员（单位）符合补贴条件，现予公示。如有异议，请在公示期内向乡镇人社服务站或县人社局反映。</p>
          {roster.data.entries.length === 0 ? (
            <p>本期名单无人员。</p>
          ) : (
            <table className="table subsidy-notice__table">
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">姓名（单位）</th>
                  <th scope="col">乡镇</th>
                  <th scope="col">村（社区）</th>
                  <th scope="col">金额（元）</th>
                </tr>
              </thead>
              <tbody>
                {toNoticeRows(roster.data.entries).map((row, index) => (
                  <tr key={row.key}>
                    <td>{index + 1}</td>
                    <td>{row.name}</td>
                    <td>{row.township}</td>
                    <td>{row.village}</td>
                    <td>{row.amount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      )}
    </div>
  );
}
