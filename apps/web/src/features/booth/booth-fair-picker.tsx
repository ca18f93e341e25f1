import type { Fair } from "@xiezuo/contracts";
import { FairListResponseSchema } from "@xiezuo/contracts";
import { Link } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { requestJson } from "../../lib/api-client.ts";
import { formatDateRange } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairStatusBadge } from "../fairs/index.ts";
import "./booth.css";

async function listBoothFairs(signal: AbortSignal): Promise<Fair[]> {
  const [open, closed] = await Promise.all(
    (["OPEN", "CLOSED"] as const).map((status) => requestJson(`/api/fairs?status=${status}&limit=20`, FairListResponseSchema, { signal })),
  );
  return [...(open?.fairs ?? []), ...(closed?.fairs ?? [])];
}

/** /booth: which fair's booth — open fairs first, recent closed ones for late status updates. */
export function BoothFairPicker() {
  useDocumentTitle("展位");
  const fairs = useApiData((signal) => listBoothFairs(signal), []);
  return (
    <section aria-labelledby="booth-picker-title" className="booth-page">
      <div className="page-heading">
        <h1 id="booth-picker-title">展位</h1>
        <p className="muted">选择招聘会，查看候选人、登记意向和录用结果。</p>
      </div>
      {fairs.status === "loading" && !fairs.data && <p role="status">正在加载招聘会…</p>}
      {fairs.status === "error" && <ErrorPanel error={fairs.error} title="招聘会列表加载失败" onRetry={fairs.reload} />}
      {fairs.data && fairs.data.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">现在没有进行中或已结束的招聘会</p>
        </div>
      )}
      {fairs.data && fairs.data.length > 0 && (
        <ul className="booth-fairs">
          {fairs.data.map((fair) => (
            <li key={fair.id} className="card">
              <FairStatusBadge status={fair.status} />
              <h2 className="booth-fairs__title">{fair.title}</h2>
              <p className="muted">
                {fair.venue} · {formatDateRange(fair.startsAt, fair.endsAt)}
              </p>
              <Link className="button button--block" to={`/fairs/${fair.id}/booth`}>
                {fair.status === "OPEN" ? "进入展位" : "查看候选人"}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
