// The outbox topic that keeps the search index true. Its events carry only the position
// id: the handler always loads the current state, so replays and reordering converge.
import { enqueue, type UnitOfWork } from "../outbox/index.ts";

export const POSITION_CHANGED = "position.changed";

export function enqueuePositionChanged(work: UnitOfWork, positionIds: string[]): Promise<void> {
  return enqueue(
    work,
    positionIds.map((id) => ({ topic: POSITION_CHANGED, aggregateId: id })),
  );
}
