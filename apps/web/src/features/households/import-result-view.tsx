import type { HouseholdImportResult } from "@xiezuo/contracts";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatNumber } from "../../lib/format.ts";

/** Rows listed on screen; the rest are in the download. */
const SHOWN_REJECTS = 200;

function downloadRejects(result: HouseholdImportResult) {
  const quoteCsv = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = ["行号,原因", ...result.rejected.map((reject) => `${reject.row},${quoteCsv(reject.reason)}`)];
  const url = URL.createObjectURL(new Blob([`\uFEFF${lines.join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "未导入的行.csv";
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportResultView({ fileName, result }: { fileName: string; result: HouseholdImportResult }) {
  const figures = [
    { key: "imported", label: "新增", value: result.imported },
    { key: "updated", label: "更新", value: result.updated },
    { key: "unchanged", label: "无变化", value: result.unchanged },
    { key: "rejected", label: "未导入", value: result.rejectedCount },
  ];
  return (
    <div className="import-result" role="status" data-testid="import-result">
      <p className={result.rejectedCount > 0 ? "notice" : "form-success"}>
        「{fileName}」已导入：共 {formatNumber(result.totalRows)} 行
        {result.rejectedCount > 0
          ? `，其中 ${formatNumber(result.rejectedCount)} 行有问题没有导入，请改正后重新导入这些行。`
          : "，全部成功。"}
      </p>
      <dl className="import-result__figures">
        {figures.map((figure) => (
          <div key={figure.key} className={`import-result__figure import-result__figure--${figure.key}`}>
            <dt>{figure.label}</dt>
            <dd data-testid={`import-${figure.key}`}>{formatNumber(figure.value)}</dd>
          </div>
        ))}
      </dl>
      {result.rejected.length > 0 && (
        <>
          <div className="section-heading">
            <h3>未导入的行</h3>
            <button type="button" className="button button--secondary button--small" onClick={() => downloadRejects(result)}>
              下载未导入的行（CSV）
            </button>
          </div>
          <div className="import-result__rejects">
            <table className="table">
              <caption className="visually-hidden">未导入的行和原因</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    行号
                  </th>
                  <th scope="col">原因</th>
                </tr>
              </thead>
              <tbody>
                {result.rejected.slice(0, SHOWN_REJECTS).map((reject) => (
                  <tr key={reject.row}>
                    <th scope="row" className="num">
                      第 {reject.row} 行
                    </th>
                    <td>{reject.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.rejectedCount > Math.min(result.rejected.length, SHOWN_REJECTS) && (
            <p className="muted">
              页面只列出前 {formatNumber(Math.min(result.rejected.length, SHOWN_REJECTS))} 行
              {result.rejectedCount > result.rejected.length
                ? `（下载文件含前 ${formatNumber(result.rejected.length)} 行）`
                : "，其余请下载查看"}
              。
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Refusals of the file itself, whose server message says what is wrong and how to save it. */
const FILE_REFUSALS = new Set(["VALIDATION_FAILED", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE"]);

/**
 * A refused file: the server's own words matter here (an unreadable encoding and how to
 * save the file instead, which header columns are missing), so they are the panel's text.
 */
export function ImportErrorPanel({ error }: { error: unknown }) {
  if (!isApiRequestError(error) || !FILE_REFUSALS.has(error.code) || !error.serverMessage) {
    return <ErrorPanel error={error} title="导入失败，名册没有改动" />;
  }
  const reasons = [...new Set([error.serverMessage, ...error.issues.map((issue) => issue.message)])];
  return (
    <div className="panel panel--error" role="alert" data-testid="import-refused">
      <p className="panel__title">导入失败，名册没有改动</p>
      {reasons.map((reason) => (
        <p key={reason}>{reason}</p>
      ))}
      {error.requestId && <p className="panel__meta">错误编号：{error.requestId}</p>}
    </div>
  );
}
