import { type Seeker, STAFF_LABELS } from "@xiezuo/contracts";
import { Link, useParams } from "react-router";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { BadgeCard, getBadgeSheetPath } from "../badges/index.ts";
import { getBadge, getSeeker } from "./seekers-api.ts";
import "./seekers.css";

const GENDER_LABELS = { MALE: "男", FEMALE: "女" } as const;

function describeFacts(seeker: Seeker): { label: string; value: string }[] {
  const list = (items: string[]) => (items.length > 0 ? items.join("、") : "—");
  return [
    { label: "身份证号", value: seeker.idNumberMasked },
    { label: "手机号", value: seeker.phoneMasked },
    { label: "性别", value: GENDER_LABELS[seeker.gender] },
    { label: "出生日期", value: seeker.birthDate },
    {
      label: "家庭",
      value: seeker.household
        ? `${STAFF_LABELS.povertyStatus[seeker.household.povertyStatus]}（户编号 ${seeker.household.code}）`
        : "未关联名册",
    },
    { label: "学历", value: seeker.education ?? "—" },
    { label: "想做的工作", value: list(seeker.jobFamilies) },
    { label: "技能", value: list(seeker.skills) },
    { label: "意向城市", value: list(seeker.preferredCities) },
    { label: "期望月薪", value: seeker.expectedWageMin === null ? "—" : `${formatNumber(seeker.expectedWageMin)} 元起` },
    { label: "需要住宿", value: seeker.needsLodging ? "是" : "否" },
    { label: "登记日期", value: formatDay(seeker.createdAt) },
  ];
}

export function SeekerDetailPage() {
  const { id = "" } = useParams();
  const seeker = useApiData((signal) => getSeeker(id, signal), [id]);
  const badge = useApiData((signal) => getBadge(id, signal), [id]);
  useDocumentTitle(seeker.data?.name ?? "求职者");
  const isNotFound = isApiRequestError(seeker.error) && (seeker.error.status === 404 || seeker.error.status === 400);

  return (
    <article className="seeker-detail">
      <p className="back-link">
        <Link to="/seekers">← 返回求职者</Link>
      </p>
      {seeker.status === "loading" && !seeker.data && <p role="status">正在加载…</p>}
      {seeker.status === "error" &&
        (isNotFound ? (
          <section className="message-page">
            <h1>没有找到这位求职者</h1>
            <Link className="button" to="/seekers">
              返回求职者列表
            </Link>
          </section>
        ) : (
          <ErrorPanel error={seeker.error} title="求职者信息加载失败" onRetry={seeker.reload} />
        ))}
      {seeker.data && (
        <div className="seeker-detail__layout">
          <section className="card" aria-labelledby="seeker-name">
            <h1 id="seeker-name">{seeker.data.name}</h1>
            <dl className="facts facts--wide seeker-detail__facts">
              {describeFacts(seeker.data).map((fact) => (
                <div key={fact.label} className="facts__row">
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="card seeker-detail__badge" aria-labelledby="seeker-badge-title">
            <h2 id="seeker-badge-title">签到胸牌</h2>
            {badge.status === "loading" && !badge.data && <p role="status">正在生成胸牌…</p>}
            {badge.status === "error" && <ErrorPanel error={badge.error} title="胸牌生成失败" onRetry={badge.reload} />}
            {badge.data && (
              <>
                <BadgeCard badge={badge.data} />
                <p className="muted">二维码里只有加密编号，不含个人信息。在签到台扫这个二维码即可签到。</p>
                <Link className="button" to={getBadgeSheetPath([seeker.data.id])}>
                  打印胸牌
                </Link>
              </>
            )}
          </section>
        </div>
      )}
    </article>
  );
}
