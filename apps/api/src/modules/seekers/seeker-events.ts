// The outbox topic that keeps the seekers (matching) index true. Events carry only the
// seeker id: the handler loads the current state, so replays and reordering converge.
import { enqueue, type UnitOfWork } from "../outbox/index.ts";

export const SEEKER_CHANGED = "seeker.changed";

export function enqueueSeekerChanged(work: UnitOfWork, seekerIds: string[]): Promise<void> {
  return enqueue(
    work,
    seekerIds.map((id) => ({ topic: SEEKER_CHANGED, aggregateId: id })),
  );
}
