import type { Position } from "@xiezuo/contracts";
import { Link } from "react-router";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { formatWageRange, getBoardLabel } from "../../lib/position-format.ts";

interface PositionItemProps {
  position: Position;
  /** Admins manage every employer's positions: show whose it is. */
  showEmployer: boolean;
  onClose: (position: Position) => void;
}

/** One managed position with its actions. */
export function PositionItem({ position, showEmployer, onClose }: PositionItemProps) {
  const board = getBoardLabel(position);
  const isOpen = position.status === "OPEN";
  return (
    <li className="card manage-item">
      <div className="manage-item__main">
        <h3 className="manage-item__title">{position.title}</h3>
        <span className={`badge ${isOpen ? "badge--open" : "badge--closed"}`}>
          <span className="visually-hidden">状态：</span>
          {isOpen ? "招聘中" : "已停止招聘"}
        </span>
      </div>
      {showEmployer && <p className="muted">{position.employer.name}</p>}
      <ul className="tag-list" aria-label="岗位要点">
        <li className="tag tag--wage">{formatWageRange(position.wageMin, position.wageMax)}</li>
        <li className="tag tag--place">{position.city}</li>
        <li className="tag">招 {formatNumber(position.openings)} 人</li>
        {board && <li className="tag tag--benefit">{board}</li>}
        {position.fairIds.length > 0 && <li className="tag">参加 {position.fairIds.length} 场招聘会</li>}
      </ul>
      <p className="manage-item__meta muted">
        {isOpen || !position.closedAt ? `更新于 ${formatDay(position.updatedAt)}` : `停止于 ${formatDay(position.closedAt)}`}
      </p>
      <div className="button-row manage-item__actions">
        <Link className="button button--secondary button--small" to={`/jobs/${position.id}`}>
          查看<span className="visually-hidden">「{position.title}」</span>
        </Link>
        <Link className="button button--secondary button--small" to={`/positions/${position.id}/edit`}>
          修改<span className="visually-hidden">「{position.title}」</span>
        </Link>
        {isOpen && (
          <button type="button" className="button button--danger-outline button--small" onClick={() => onClose(position)}>
            停止招聘<span className="visually-hidden">「{position.title}」</span>
          </button>
        )}
      </div>
    </li>
  );
}
