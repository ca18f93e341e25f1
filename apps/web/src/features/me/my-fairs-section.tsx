import type { MyFair } from "@xiezuo/contracts";
import { Link } from "react-router";
import { formatDateRange, formatTime } from "../../lib/format.ts";
import { FairStatusBadge } from "../fairs/index.ts";
import { sortMyFairs } from "./me-model.ts";

/** The fairs this person signed up for, and whether the desk has checked them in. */
export function MyFairsSection({ fairs }: { fairs: readonly MyFair[] }) {
  return (
    <section className="my-section" aria-labelledby="my-fairs-title">
      <h2 id="my-fairs-title">我报名的招聘会</h2>
      {fairs.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">还没有报名招聘会</p>
          <p className="muted">扫一扫村里或人社局张贴的招聘会海报上的二维码，就能报名。</p>
        </div>
      ) : (
        <ul className="my-list">
          {sortMyFairs(fairs).map((fair) => (
            <li key={fair.fairId} className="card my-fair" data-testid="my-fair">
              <div className="my-fair__top">
                <FairStatusBadge status={fair.status} />
                {fair.checkedInAt ? (
                  <span className="my-fair__checkin is-done" data-testid="my-fair-checkin">
                    ✓ 已签到 {formatTime(fair.checkedInAt)}
                  </span>
                ) : (
                  <span className="my-fair__checkin" data-testid="my-fair-checkin">
                    未签到
                  </span>
                )}
              </div>
              <h3 className="my-fair__title">{fair.title}</h3>
              <p className="muted">
                <time dateTime={fair.startsAt}>{formatDateRange(fair.startsAt, fair.endsAt)}</time> · {fair.venue}
              </p>
              <Link to={`/jobs?fairId=${fair.fairId}`}>看看这场招聘会的全部工作</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
