import { Link, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { formatDateRange } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { QrCode } from "../badges/index.ts";
import { getFair } from "./fairs-api.ts";
import { getRegistrationUrl } from "./registration-link.ts";
import "./registration-share.css";

/** /fairs/:id/poster: an A4 poster with the registration QR code, for the browser's print dialog. */
export function FairPosterPage() {
  const { id = "" } = useParams();
  const fair = useApiData((signal) => getFair(id, signal), [id]);
  useDocumentTitle(fair.data ? `报名海报 · ${fair.data.title}` : "报名海报");
  const url = getRegistrationUrl(id);

  return (
    <section className="poster-sheet" aria-labelledby="poster-sheet-title">
      <div className="no-print poster-sheet__toolbar">
        <p className="back-link">
          <Link to={`/fairs/${id}`}>← 返回招聘会</Link>
        </p>
        <h1 id="poster-sheet-title">打印报名海报</h1>
        <p className="muted">A4 纸竖放打印，贴在村部、集市、人社服务站。扫码打开的就是这场招聘会的报名页。</p>
        {fair.status === "loading" && !fair.data && <p role="status">正在生成海报…</p>}
        {fair.status === "error" && <ErrorPanel error={fair.error} title="招聘会加载失败" onRetry={fair.reload} />}
        {fair.data && (
          <button type="button" className="button" onClick={() => window.print()}>
            打印
          </button>
        )}
      </div>
      {fair.data && (
        <article className="poster" aria-label="报名海报" data-testid="registration-poster">
          <p className="poster__kicker">招聘会 · 手机报名</p>
          <h2 className="poster__title">{fair.data.title}</h2>
          <p className="poster__when">{formatDateRange(fair.data.startsAt, fair.data.endsAt)}</p>
          <p className="poster__where">{fair.data.venue}</p>
          <div className="poster__qr">
            <QrCode text={url} label={`${fair.data.title}报名二维码`} />
          </div>
          <ol className="poster__steps">
            <li>用手机微信或相机扫一扫上面的二维码</li>
            <li>填写姓名、身份证号、手机号，输入短信验证码</li>
            <li>到了现场，出示手机上的签到二维码，不用排队登记</li>
          </ol>
          <p className="poster__url">{url}</p>
          <p className="poster__note">个人信息由人社部门加密保存，只用于招聘会报名、推荐工作和就业回访。</p>
        </article>
      )}
    </section>
  );
}
