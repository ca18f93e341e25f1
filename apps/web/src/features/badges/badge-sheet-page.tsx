import { Link, useLocation } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { BadgeCard } from "./badge-card.tsx";
import { readBadgeIds, splitIntoPages } from "./badge-sheet-model.ts";
import { getBadges } from "./badges-api.ts";
import "./badges.css";

/** /seekers/badges?ids=…: A4 sheets of eight badges, ready for the browser's print dialog. */
export function BadgeSheetPage() {
  useDocumentTitle("打印胸牌");
  const location = useLocation();
  const { ids } = readBadgeIds(location.search);
  const key = ids.join(",");
  const badges = useApiData((signal) => (ids.length > 0 ? getBadges(ids, signal) : Promise.resolve([])), [key]);
  const pages = splitIntoPages(badges.data ?? []);
  const missing = badges.data ? ids.length - badges.data.length : 0;

  return (
    <section className="badge-sheet" aria-labelledby="badge-sheet-title">
      <div className="badge-sheet__toolbar no-print">
        <p className="back-link">
          <Link to="/seekers">← 返回求职者</Link>
        </p>
        <div className="page-heading">
          <h1 id="badge-sheet-title">打印胸牌</h1>
          {badges.data && badges.data.length > 0 && (
            <p className="muted">
              共 {badges.data.length} 个胸牌，{pages.length} 页 A4（每页 8 个，沿虚线剪开）
            </p>
          )}
        </div>
        {ids.length === 0 && (
          <div className="empty-state">
            <p className="empty-state__title">还没有选择求职者</p>
            <p className="muted">请在求职者列表中勾选要打印胸牌的人。</p>
            <Link className="button" to="/seekers">
              去选择
            </Link>
          </div>
        )}
        {badges.status === "loading" && ids.length > 0 && <p role="status">正在生成胸牌…</p>}
        {badges.status === "error" && <ErrorPanel error={badges.error} title="胸牌生成失败" onRetry={badges.reload} />}
        {missing > 0 && <p className="notice">有 {missing} 位求职者没有找到，已跳过。</p>}
        {pages.length > 0 && (
          <div className="button-row">
            <button type="button" className="button" onClick={() => window.print()}>
              打印
            </button>
          </div>
        )}
        <p className="muted badge-sheet__privacy">二维码里只有一串加密编号，不含姓名、身份证号或手机号；丢失后他人无法从中读出个人信息。</p>
      </div>
      {pages.map((page, index) => (
        <section key={page[0]?.token ?? index} className="badge-page" aria-label={`第 ${index + 1} 页`} data-testid="badge-page">
          {page.map((badge) => (
            <BadgeCard key={badge.token} badge={badge} />
          ))}
        </section>
      ))}
    </section>
  );
}
