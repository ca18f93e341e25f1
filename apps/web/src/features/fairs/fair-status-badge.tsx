import { type FairStatus, STAFF_LABELS } from "@xiezuo/contracts";

export function FairStatusBadge({ status }: { status: FairStatus }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`}>
      <span className="visually-hidden">状态：</span>
      {STAFF_LABELS.fairStatus[status]}
    </span>
  );
}
