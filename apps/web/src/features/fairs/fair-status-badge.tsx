import type { FairStatus } from "@xiezuo/contracts";
import { FAIR_STATUS_LABELS } from "./fair-labels.ts";

export function FairStatusBadge({ status }: { status: FairStatus }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`}>
      <span className="visually-hidden">状态：</span>
      {FAIR_STATUS_LABELS[status]}
    </span>
  );
}
