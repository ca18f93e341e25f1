import type { Fair } from "@xiezuo/contracts";
import { Link } from "react-router";
import { formatDateRange, formatNumber } from "../../lib/format.ts";
import { FairStatusBadge } from "./fair-status-badge.tsx";

/** The whole card is clickable, but only the title is a link, so it is read once. */
export function FairCard({ fair }: { fair: Fair }) {
  return (
    <li className="card fair-card">
      <h2 className="fair-card__title">
        <Link to={`/fairs/${fair.id}`} className="stretched-link">
          {fair.title}
        </Link>
      </h2>
      <FairStatusBadge status={fair.status} />
      <dl className="facts">
        <div className="facts__row">
          <dt>地点</dt>
          <dd>{fair.venue}</dd>
        </div>
        <div className="facts__row">
          <dt>时间</dt>
          <dd>
            <time dateTime={fair.startsAt}>{formatDateRange(fair.startsAt, fair.endsAt)}</time>
          </dd>
        </div>
        <div className="facts__row">
          <dt>参会企业</dt>
          <dd>{formatNumber(fair.employerCount)} 家</dd>
        </div>
      </dl>
    </li>
  );
}

export function FairCardSkeleton() {
  return (
    <li className="card fair-card fair-card--skeleton" aria-hidden="true">
      <span className="skeleton skeleton--title" />
      <span className="skeleton skeleton--badge" />
      <span className="skeleton skeleton--line" />
      <span className="skeleton skeleton--line skeleton--short" />
    </li>
  );
}
