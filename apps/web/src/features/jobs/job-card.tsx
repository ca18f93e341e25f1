import type { PositionHit } from "@xiezuo/contracts";
import { Link } from "react-router";
import { formatNumber } from "../../lib/format.ts";
import { formatWageRange, getBoardLabel } from "../../lib/position-format.ts";
import { EMPLOYER_KIND_SHORT_LABELS } from "../employers/index.ts";

/** One result: the title is the only link (read once), the whole card is the tap target. */
export function JobCard({ hit, backSearch }: { hit: PositionHit; backSearch: string }) {
  const board = getBoardLabel(hit);
  return (
    <li className="card job-card">
      <div className="job-card__top">
        <h2 className="job-card__title">
          <Link to={`/jobs/${hit.id}`} state={{ backSearch }} className="stretched-link">
            {hit.title}
          </Link>
        </h2>
        <p className="job-card__wage">{formatWageRange(hit.wageMin, hit.wageMax)}</p>
      </div>
      <p className="job-card__employer">
        {hit.employerName}
        <span className="job-card__kind">{EMPLOYER_KIND_SHORT_LABELS[hit.employerKind]}</span>
      </p>
      <ul className="tag-list" aria-label="岗位要点">
        <li className="tag tag--place">
          <span className="visually-hidden">工作地点：</span>
          {hit.city}
        </li>
        <li className="tag">招 {formatNumber(hit.openings)} 人</li>
        {board && <li className="tag tag--benefit">{board}</li>}
      </ul>
    </li>
  );
}

export function JobCardSkeleton() {
  return (
    <li className="card job-card" aria-hidden="true">
      <span className="skeleton skeleton--title" />
      <span className="skeleton skeleton--line skeleton--short" />
      <span className="skeleton skeleton--line" />
    </li>
  );
}
