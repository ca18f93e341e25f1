import type { ReactNode } from "react";

/** Previous/next paging under a list; `label` says which rows are shown. */
export function Pager(props: { offset: number; pageSize: number; total: number; label: ReactNode; onChange(offset: number): void }) {
  const { offset, pageSize, total, label, onChange } = props;
  return (
    <div className="pager">
      <span className="muted">{label}</span>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - pageSize))}
        >
          上一页
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={offset + pageSize >= total}
          onClick={() => onChange(offset + pageSize)}
        >
          下一页
        </button>
      </div>
    </div>
  );
}
