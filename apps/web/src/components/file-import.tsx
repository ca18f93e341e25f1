// Pieces shared by the sheet imports (household registry, follow-ups): the file picker, the
// upload progress, the rejected rows with their download, and a refused file's panel.
import type { ChangeEvent } from "react";
import { isApiRequestError } from "../lib/api-client.ts";
import { downloadTextFile } from "../lib/download-text-file.ts";
import { formatNumber } from "../lib/format.ts";
import { ErrorPanel } from "./error-panel.tsx";
import "./file-import.css";

export interface RejectedRow {
  row: number;
  reason: string;
}

/** A styled label stands in for the browser's own button, whose text may not be Chinese. */
export function FilePicker(props: {
  id: string;
  label: string;
  file: File | null;
  error: string | null;
  describedBy: string;
  disabled: boolean;
  inputRef: React.Ref<HTMLInputElement>;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}) {
  const { id, label, file, error, describedBy, disabled, inputRef, onChange } = props;
  return (
    <div className="field">
      <span id={`${id}-file-label`} className="import-panel__label">
        {label}
      </span>
      <div className="file-picker">
        <label className="button button--secondary file-picker__button" htmlFor={`${id}-file`}>
          选择文件
        </label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          className="file-picker__input"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={onChange}
          disabled={disabled}
          aria-label={`选择${label}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-file-error` : `${id}-file-name ${describedBy}`}
        />
        <span id={`${id}-file-name`} className="file-picker__name">
          {file ? file.name : "未选择文件"}
        </span>
      </div>
      {error && (
        <p id={`${id}-file-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The progress bar of an upload: a label, and a percentage (null: not known yet). */
export function UploadProgress({ label, percent, ariaLabel }: { label: string; percent: number | null; ariaLabel: string }) {
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p className="import-progress__label">{label}</p>
      <progress className="import-progress__bar" max={100} value={percent ?? undefined} aria-label={ariaLabel} />
      <p className="muted">大文件需要几分钟，请不要关闭这个页面。</p>
    </div>
  );
}

/** Rows listed on screen; the rest are in the download. */
const SHOWN_REJECTS = 200;

function downloadRejects(rejected: readonly RejectedRow[]) {
  const quoteCsv = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = ["行号,原因", ...rejected.map((reject) => `${reject.row},${quoteCsv(reject.reason)}`)];
  downloadTextFile("未导入的行.csv", `${lines.join("\r\n")}\r\n`);
}

/** The rows not imported with their reasons, and a CSV of them; `total` counts rows the answer may have left out. */
export function RejectedRows({ rejected, total = rejected.length }: { rejected: readonly RejectedRow[]; total?: number }) {
  if (rejected.length === 0) return null;
  const shown = Math.min(rejected.length, SHOWN_REJECTS);
  return (
    <>
      <div className="section-heading">
        <h3>未导入的行</h3>
        <button type="button" className="button button--secondary button--small" onClick={() => downloadRejects(rejected)}>
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
            {rejected.slice(0, SHOWN_REJECTS).map((reject) => (
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
      {total > shown && (
        <p className="muted">
          页面只列出前 {formatNumber(shown)} 行
          {total > rejected.length ? `（下载文件含前 ${formatNumber(rejected.length)} 行）` : "，其余请下载查看"}。
        </p>
      )}
    </>
  );
}

/** Refusals of the file itself, whose server message says what is wrong and how to save it. */
const FILE_REFUSALS = new Set(["VALIDATION_FAILED", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE"]);

/**
 * A refused file: the server's own words matter here (an unreadable encoding and how to
 * save the file instead, which header columns are missing), so they are the panel's text.
 */
export function ImportErrorPanel({ error, title }: { error: unknown; title: string }) {
  if (!isApiRequestError(error) || !FILE_REFUSALS.has(error.code) || !error.serverMessage) {
    return <ErrorPanel error={error} title={title} />;
  }
  const reasons = [...new Set([error.serverMessage, ...error.issues.map((issue) => issue.message)])];
  return (
    <div className="panel panel--error" role="alert" data-testid="import-refused">
      <p className="panel__title">{title}</p>
      {reasons.map((reason) => (
        <p key={reason}>{reason}</p>
      ))}
      {error.requestId && <p className="panel__meta">错误编号：{error.requestId}</p>}
    </div>
  );
}
