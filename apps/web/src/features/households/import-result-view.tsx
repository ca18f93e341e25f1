import type { HouseholdImportResult } from "@xiezuo/contracts";
import { ImportErrorPanel, RejectedRows } from "../../components/file-import.tsx";
import { formatNumber } from "../../lib/format.ts";

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
      <RejectedRows rejected={result.rejected} total={result.rejectedCount} />
    </div>
  );
}

/** A refused registry file, in the server's own words. */
export function HouseholdImportErrorPanel({ error }: { error: unknown }) {
  return <ImportErrorPanel error={error} title="导入失败，名册没有改动" />;
}
