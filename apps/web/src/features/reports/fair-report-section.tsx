import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { FunnelChart } from "./funnel-chart.tsx";
import { getFairReport, getFairReportUrl } from "./reports-api.ts";
import "./reports.css";

/** On the fair page (ADMIN): the funnel, the employer table, and the report downloads. */
export function FairReportSection({ fairId }: { fairId: string }) {
  const report = useApiData((signal) => getFairReport(fairId, signal), [fairId]);
  const data = report.data;
  return (
    <section className="fair-report" aria-labelledby="fair-report-title" aria-busy={report.status === "loading"}>
      <div className="section-heading">
        <h2 id="fair-report-title">招聘会报告</h2>
        <div className="section-heading__actions">
          <a className="button button--secondary button--small" href={getFairReportUrl(fairId, "xlsx")} download>
            下载 Excel
          </a>
          <a className="button button--secondary button--small" href={getFairReportUrl(fairId, "csv")} download>
            下载 CSV
          </a>
        </div>
      </div>
      {report.status === "loading" && !data && <p role="status">正在生成报告…</p>}
      {report.status === "error" && <ErrorPanel error={report.error} title="报告加载失败" onRetry={report.reload} />}
      {data && (
        <>
          <FunnelChart funnel={data.funnel} />
          {data.rows.length === 0 ? (
            <p className="muted">还没有企业参加这场招聘会。</p>
          ) : (
            <div className="table-scroll">
              <table className="table table--stack">
                <caption className="visually-hidden">各企业招聘情况</caption>
                <thead>
                  <tr>
                    <th scope="col">企业</th>
                    {["岗位", "招聘人数", "意向人数", "录用", "在岗", "稳定就业"].map((h) => (
                      <th key={h} scope="col" className="num">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.employerId}>
                      <th scope="row" data-label="企业">
                        {row.employerName}
                        {row.booth && <span className="muted"> （{row.booth}）</span>}
                      </th>
                      {[
                        ["岗位", row.positions],
                        ["招聘人数", row.openings],
                        ["意向人数", row.seekersWithIntent],
                        ["录用", row.hired],
                        ["在岗", row.placed],
                        ["稳定就业", row.stable],
                      ].map(([label, value]) => (
                        <td key={label} data-label={label} className="num">
                          {formatNumber(value as number)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
