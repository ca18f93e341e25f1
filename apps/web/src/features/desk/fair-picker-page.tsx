import { useEffect, useState } from "react";
import { Link } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatDateRange } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { FairStatusBadge } from "../fairs/index.ts";
import { listOpenFairs } from "./desk-api.ts";
import { countPendingOnDevice } from "./indexeddb-queue-store.ts";
import "./fair-picker.css";

const PURPOSES = {
  desk: { title: "签到台", path: "desk", intro: "请选择要签到的招聘会。只有「进行中」的招聘会才能签到。", action: "进入签到台" },
  live: { title: "现场大屏", path: "live", intro: "请选择要显示的招聘会，签到和意向人数会实时更新。", action: "打开现场大屏" },
} as const;

/** /desk and /live without a fair: open fairs first, the others listed but clearly not for check-in. */
export function FairPickerPage({ purpose }: { purpose: keyof typeof PURPOSES }) {
  const text = PURPOSES[purpose];
  useDocumentTitle(text.title);
  const fairs = useApiData((signal) => listOpenFairs(signal), []);
  const open = fairs.data ?? [];
  const openIds = open.map((fair) => fair.id).join(",");
  const [pendingByFair, setPendingByFair] = useState<ReadonlyMap<string, number>>(new Map());

  // Scans queued offline wait for their fair's desk to be opened again: point staff to it.
  useEffect(() => {
    if (purpose !== "desk" || openIds === "") return;
    let isCurrent = true;
    countPendingOnDevice(openIds.split(",")).then(
      (counts) => {
        if (isCurrent) setPendingByFair(counts);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [purpose, openIds]);

  return (
    <section aria-labelledby="picker-title" className="fair-picker">
      <div className="page-heading">
        <h1 id="picker-title">{text.title}</h1>
        <p className="muted">{text.intro}</p>
      </div>
      {fairs.status === "loading" && !fairs.data && <p role="status">正在加载招聘会…</p>}
      {fairs.status === "error" && <ErrorPanel error={fairs.error} title="招聘会列表加载失败" onRetry={fairs.reload} />}
      {fairs.data && open.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">现在没有进行中的招聘会</p>
          <p className="muted">招聘会开始后，由人社局管理员把它设为「进行中」，才能在这里签到。</p>
        </div>
      )}
      {open.length > 0 && (
        <ul className="fair-picker__list">
          {open.map((fair) => (
            <li key={fair.id} className="card fair-picker__item">
              <FairStatusBadge status={fair.status} />
              <h2 className="fair-picker__title">{fair.title}</h2>
              <p className="muted">
                {fair.venue} · {formatDateRange(fair.startsAt, fair.endsAt)}
              </p>
              {(pendingByFair.get(fair.id) ?? 0) > 0 && (
                <p className="notice">这台设备上有 {pendingByFair.get(fair.id)} 条离线暂存的签到还没上传，进入签到台后会自动上传。</p>
              )}
              <Link className="button button--block" to={`/fairs/${fair.id}/${text.path}`}>
                {text.action}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {fairs.data && (
        <p className="muted fair-picker__others">
          筹备中和已结束的招聘会不能签到，可在<Link to="/fairs">招聘会列表</Link>中查看。
        </p>
      )}
    </section>
  );
}
