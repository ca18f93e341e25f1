import type { HouseholdImportResult, ImportProgress } from "@xiezuo/contracts";
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from "react";
import { FilePicker, UploadProgress } from "../../components/file-import.tsx";
import { isAbortError } from "../../lib/api-client.ts";
import { createRequestId } from "../../lib/client-request-id.ts";
import { formatNumber } from "../../lib/format.ts";
import { CATEGORY_WORDS, checkImportFile, getImportPhase, TEMPLATE_COLUMNS, TEMPLATE_URLS } from "./household-template.ts";
import { findImportProgress, uploadHouseholdFile } from "./households-api.ts";
import { HouseholdImportErrorPanel, ImportResultView } from "./import-result-view.tsx";

const POLL_MS = 700;

type ImportState =
  | { status: "idle" }
  | { status: "running"; fileName: string; upload: { loaded: number; total: number }; server: ImportProgress | null }
  | { status: "done"; fileName: string; result: HouseholdImportResult }
  | { status: "error"; error: unknown };

export function HouseholdImportPanel({ onImported }: { onImported: () => void }) {
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
    setFileError(chosen ? checkImportFile(chosen) : null);
    if (state.status !== "running") setState({ status: "idle" });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileError("请先选择文件");
      return;
    }
    const problem = checkImportFile(file);
    if (problem) {
      setFileError(problem);
      return;
    }
    const importId = createRequestId();
    const abort = new AbortController();
    controller.current = abort;
    const fileName = file.name;
    setState({ status: "running", fileName, upload: { loaded: 0, total: file.size }, server: null });
    const update = (patch: Partial<Extract<ImportState, { status: "running" }>>) =>
      setState((previous) => (previous.status === "running" ? { ...previous, ...patch } : previous));

    // Poll the server's progress while the upload request is open.
    let isPolling = true;
    const poll = async () => {
      while (isPolling && !abort.signal.aborted) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!isPolling) break;
        const server = await findImportProgress(importId, abort.signal).catch(() => null);
        if (server && isPolling) update({ server });
      }
    };
    void poll();
    try {
      const result = await uploadHouseholdFile(file, importId, (loaded, total) => update({ upload: { loaded, total } }), abort.signal);
      setState({ status: "done", fileName, result });
      // The input must not keep showing a file that the form no longer holds.
      setFile(null);
      if (fileInput.current) fileInput.current.value = "";
      onImported();
    } catch (error) {
      if (!isAbortError(error)) setState({ status: "error", error });
      else setState({ status: "idle" });
    } finally {
      isPolling = false;
    }
  }

  const isRunning = state.status === "running";
  const phase = state.status === "running" ? getImportPhase(state.upload, state.server) : null;

  return (
    <section className="card import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>导入农户名册</h2>
      <div className="import-panel__help" id={`${id}-help`}>
        <p>
          第一行写列名：{TEMPLATE_COLUMNS.map((c) => c.header).join("、")}
          ，其他列（如户主姓名）不会导入。家庭类别填 {CATEGORY_WORDS} 之一。
        </p>
        <p className="muted">
          Excel、WPS 直接保存的 CSV（包括中文 Windows 默认的 GBK 编码）和 Excel 工作簿（.xlsx）都可以导入，最大 20 MB；
          列名上方的标题行、日期行可以保留。同一个文件重复导入不会产生重复记录，已有的户编号会按新文件更新。
        </p>
      </div>
      <p className="button-row import-panel__templates">
        {/* Same-origin links: the session cookie goes along and the server names the file. */}
        <a className="button button--secondary button--small" href={TEMPLATE_URLS.xlsx} download>
          下载模板（Excel）
        </a>
        <a className="button button--secondary button--small" href={TEMPLATE_URLS.csv} download>
          下载模板（CSV）
        </a>
      </p>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <FilePicker
          id={id}
          label="名册文件"
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

      {phase && state.status === "running" && (
        <UploadProgress
          label={
            phase.phase === "uploading"
              ? `正在上传「${state.fileName}」… ${phase.percent}%`
              : phase.totalRows !== null
                ? `正在处理：已读取 ${formatNumber(phase.processedRows)} / ${formatNumber(phase.totalRows)} 行`
                : `正在处理：已读取 ${formatNumber(phase.processedRows)} 行`
          }
          percent={phase.percent}
          ariaLabel={phase.phase === "uploading" ? "上传进度" : "处理进度"}
        />
      )}
      {state.status === "error" && <HouseholdImportErrorPanel error={state.error} />}
      {state.status === "done" && <ImportResultView fileName={state.fileName} result={state.result} />}
    </section>
  );
}
