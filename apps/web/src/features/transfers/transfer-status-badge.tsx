import { STAFF_LABELS, type TransferStatus } from "@xiezuo/contracts";

export function TransferStatusBadge({ status }: { status: TransferStatus }) {
  return (
    <span className={`badge transfer-status transfer-status--${status.toLowerCase()}`} data-testid="transfer-status">
      {STAFF_LABELS.transferStatus[status]}
    </span>
  );
}
