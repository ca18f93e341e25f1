import type { Fair, Position } from "@xiezuo/contracts";
import type { ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useAuth } from "../../app/auth-provider.tsx";
import { ErrorPanel } from "../../components/error-panel.tsx";
import { ReadAloudButton } from "../../components/read-aloud-button.tsx";
import { isApiRequestError } from "../../lib/api-client.ts";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { formatAgeRange, formatWageRange, GENDER_REQUIREMENT_LABELS, getBoardLabel } from "../../lib/position-format.ts";
import { buildPositionSpeech } from "../../lib/position-speech.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EMPLOYER_KIND_LABELS } from "../employers/index.ts";
import { getFair } from "../fairs/index.ts";
import { PositionInterest } from "../me/index.ts";
import { getPosition } from "./jobs-api.ts";

/** Fairs a position is linked to; one that fails to load is simply left out. */
async function loadFairs(ids: readonly string[], signal: AbortSignal): Promise<Fair[]> {
  const results = await Promise.allSettled(ids.slice(0, 10).map((id) => getFair(id, signal)));
  return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
}

export function PositionPage() {
  const { id = "" } = useParams();
  const location = useLocation();
  const backSearch = (location.state as { backSearch?: unknown } | null)?.backSearch;
  const backTo = typeof backSearch === "string" && backSearch.startsWith("?") ? `/jobs${backSearch}` : "/jobs";
  const position = useApiData((signal) => getPosition(id, signal), [id]);
  const fairIds = position.data?.fairIds ?? [];
  const fairs = useApiData((signal) => loadFairs(fairIds, signal), [fairIds.join(",")]);
  useDocumentTitle(position.data?.title ?? "岗位详情");

  const isNotFound = isApiRequestError(position.error) && (position.error.status === 404 || position.error.status === 400);

  return (
    <article className="position-page">
      <p className="back-link">
        <Link to={backTo}>← 返回岗位列表</Link>
      </p>

      {position.status === "loading" && !position.data && (
        <div aria-busy="true">
          <p className="visually-hidden" role="status">
            正在加载岗位…
          </p>
          <span className="skeleton skeleton--heading" aria-hidden="true" />
          <span className="skeleton skeleton--line" aria-hidden="true" />
          <span className="skeleton skeleton--line skeleton--short" aria-hidden="true" />
        </div>
      )}

      {position.status === "error" &&
        (isNotFound ? (
          <section className="message-page">
            <h1>没有找到这个岗位</h1>
            <p>它可能已被删除，或者网址不正确。看看其他岗位吧。</p>
            <Link className="button" to="/jobs">
              去找工作
            </Link>
          </section>
        ) : (
          <ErrorPanel error={position.error} title="岗位加载失败" onRetry={position.reload} />
        ))}

      {position.data && <PositionDetails position={position.data} fairs={fairs.data ?? []} />}
    </article>
  );
}

function PositionDetails({ position, fairs }: { position: Position; fairs: readonly Fair[] }) {
  const { state } = useAuth();
  const canManage =
    state.status === "signed-in" &&
    (state.user.role === "ADMIN" || (state.user.role === "EMPLOYER" && state.user.employerId === position.employerId));
  const board = getBoardLabel(position);
  const speech = buildPositionSpeech({
    ...position,
    employerName: position.employer.name,
    fairTitles: fairs.map((fair) => fair.title),
  });
  const isClosed = position.status === "CLOSED";
  const isSeeker = state.status === "signed-in" && state.user.role === "SEEKER";

  return (
    <>
      <header className="position-hero card">
        {isClosed && (
          <p className="notice" role="note">
            这个岗位已经停止招聘{position.closedAt ? `（${formatDay(position.closedAt)}）` : ""}，可以看看其他岗位。
          </p>
        )}
        <h1 className="position-hero__title">{position.title}</h1>
        <p className="position-hero__employer">{position.employer.name}</p>
        <p className="position-hero__wage">{formatWageRange(position.wageMin, position.wageMax)}</p>
        <ul className="tag-list" aria-label="岗位要点">
          <li className="tag tag--place">
            <span className="visually-hidden">工作地点：</span>
            {position.city}
          </li>
          <li className="tag">招 {formatNumber(position.openings)} 人</li>
          {board && <li className="tag tag--benefit">{board}</li>}
        </ul>
        <ReadAloudButton text={speech} />
        {isSeeker && <PositionInterest position={position} />}
        {canManage && (
          <Link className="button button--secondary button--small" to={`/positions/${position.id}/edit`}>
            修改这个岗位
          </Link>
        )}
      </header>

      <section className="card position-section" aria-labelledby="position-facts-title">
        <h2 id="position-facts-title">岗位信息</h2>
        <dl className="facts facts--wide position-facts">
          <Fact label="招聘单位">
            {position.employer.name}（{EMPLOYER_KIND_LABELS[position.employer.kind]}）
          </Fact>
          <Fact label="工作地点">{position.city}</Fact>
          <Fact label="月工资">{formatWageRange(position.wageMin, position.wageMax)}</Fact>
          <Fact label="招聘人数">{formatNumber(position.openings)} 人</Fact>
          <Fact label="吃住">{board ?? "不包吃住"}</Fact>
          <Fact label="年龄要求">{formatAgeRange(position.ageMin, position.ageMax)}</Fact>
          <Fact label="性别要求">{GENDER_REQUIREMENT_LABELS[position.gender]}</Fact>
        </dl>
        {position.tags.length > 0 && (
          <ul className="tag-list position-tags" aria-label="岗位标签">
            {position.tags.map((tag) => (
              <li key={tag} className="tag tag--plain">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card position-section" aria-labelledby="position-description-title">
        <h2 id="position-description-title">工作内容</h2>
        <p className="position-description">{position.description}</p>
      </section>

      {fairs.length > 0 && (
        <section className="card position-section" aria-labelledby="position-fairs-title">
          <h2 id="position-fairs-title">在这些招聘会招人</h2>
          <ul className="position-fairs">
            {fairs.map((fair) => (
              <li key={fair.id}>
                <strong>{fair.title}</strong>
                <span className="muted">
                  {formatDay(fair.startsAt)} · {fair.venue}
                </span>
                <Link to={`/jobs?fairId=${fair.id}`}>查看本场岗位</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="position-section how-to-apply" aria-labelledby="position-apply-title">
        <h2 id="position-apply-title">想报名怎么办？</h2>
        <p>
          到招聘会现场找“{position.employer.shortName ?? position.employer.name}
          ”的展位当面咨询，或到当地人社局、就业服务中心登记，工作人员会帮您联系。
        </p>
      </section>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
