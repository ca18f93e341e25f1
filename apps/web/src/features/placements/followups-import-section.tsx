import { type FollowUpImportResult, toChinaDate } from "@xiezuo/contracts";
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from "react";
import { FilePicker, ImportErrorPanel, RejectedRows, UploadProgress } from "../../components/file-import.tsx";
import { isAbortError } from "../../lib/api-client.ts";
import { downloadTextFile } from "../../lib/download-text-file.ts";
import { formatNumber } from "../../lib/format.ts";
import {
  buildFollowUpTemplateCsv,
  checkFollowUpFile,
  describeFollowUpImport,
  FOLLOW_UP_TEMPLATE_COLUMNS,
  FOLLOW_UP_TEMPLATE_FILE_NAME,
  uploadPercent,
} from "./followup-import-model.ts";
import { uploadFollowUpFile } from "./placements-api.ts";

type ImportState =
  | { status: "idle" }
  | { status: "running"; fileName: string; percent: number }
  | { status: "done"; fileName: string; result: FollowUpImportResult }
  | { status: "error"; error: unknown };

/** 批量导入回访: a sheet of follow-up calls, each row recorded as the form records one. */
export function FollowUpsImportSection() {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [state, setState] = useState<ImportState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => () => controller.current?.abort(), []);

  function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setFileError(chosen ? checkFollowUpFile(chosen) : null);
    if (state.status !== "running") setState({ status: "idle" });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = file ? checkFollowUpFile(file) : "请先选择文件";
    if (!file || problem) {
      setFileError(problem);
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    const fileName = file.name;
    setState({ status: "running", fileName, percent: 0 });
    try {
      const result = await uploadFollowUpFile(
        file,
        (loaded, total) => setState((s) => (s.status === "running" ? { ...s, percent: uploadPercent(loaded, total) } : s)),
        abort.signal,
      );
      setState({ status: "done", fileName, result });
      setFile(null);
      if (fileInput.current) fileInput.current.value = "";
    } catch (error) {
      setState(isAbortError(error) ? { status: "idle" } : { status: "error", error });
    }
  }

  const isRunning = state.status === "running";

  return (
    <section className="card import-panel followups-import" aria-labelledby={`${id}-title`} data-testid="followups-import">
      <h2 id={`${id}-title`}>批量导入回访</h2>
      <div className="import-panel__help" id={`${id}-help`}>
        <p>一次登记多条电话回访：每行一条，和逐条填写回访表的效果相同。</p>
        <ul className="followups-import__columns">
          {FOLLOW_UP_TEMPLATE_COLUMNS.map((c) => (
            <li key={c.column}>
              <strong>{c.header}</strong>：{c.help}
            </li>
          ))}
        </ul>
        <p className="muted">
          {"支持 CSV（UTF-8 或 GBK）和 Excel 工作簿（.xlsx），最大 5 MB。模板里的「示例」行只作填写参考，导入时不会跳过，" +
            "请删除后再导入（不删除会被列为未导入的行，不会记录任何回访）。"}
        </p>
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => downloadTextFile(FOLLOW_UP_TEMPLATE_FILE_NAME, buildFollowUpTemplateCsv(toChinaDate(new Date())))}
        >
          下载模板（CSV）
        </button>
      </p>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <FilePicker
          id={id}
          label="回访文件"
          file={file}
          error={fileError}
          describedBy={`${id}-help`}
          disabled={isRunning}
          inputRef={fileInput}
          onChange={handleFile}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={isRunning} aria-busy={isRunning}>
            {isRunning ? "正在导入…" : "开始导入"}
          </button>
          {isRunning && (
            <button type="button" className="button button--secondary" onClick={() => controller.current?.abort()}>
              取消上传
            </button>
          )}
        </div>
      </form>
      {state.status === "running" && (
        <UploadProgress
          label={state.percent < 100 ? `正在上传「${state.fileName}」… ${state.percent}%` : `正在逐行记录「${state.fileName}」…`}
          percent={state.percent < 100 ? state.percent : null}
          ariaLabel={state.percent < 100 ? "上传进度" : "处理进度"}
        />
      )}
      {state.status === "error" && <ImportErrorPanel error={state.error} title="导入失败，没有记录任何回访" />}
      {state.status === "done" && (
        <div className="import-result" role="status" data-testid="followups-import-result">
          <p className={state.result.rejected.length > 0 ? "notice" : "form-success"}>
            「{state.fileName}」：{describeFollowUpImport(state.result)}
          </p>
          <p>
            已记录 <strong data-testid="followups-import-recorded">{formatNumber(state.result.recorded)}</strong> 条
            {state.result.rejected.length > 0 && (
              <>
                ，未导入 <strong data-testid="followups-import-rejected">{formatNumber(state.result.rejected.length)}</strong> 行
              </>
            )}
          </p>
          <RejectedRows rejected={state.result.rejected} />
        </div>
      )}
    </section>
  );
}
