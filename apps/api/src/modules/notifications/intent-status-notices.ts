// Tells a job seeker that an employer answered: an SMS-style message queued in the status
// update's own transaction, and a live intent:updated to the seeker's own room.
import type { IntentStatus } from "@xiezuo/contracts";
import type { SeekerLiveEvents } from "../../realtime/live-events.ts";
import type { IntentStatusNotices } from "../intents/index.ts";
import type { UnitOfWork } from "../outbox/index.ts";
import { enqueueNotification, findIntentForNotice } from "./notification-queue.repository.ts";
import { intentStatusText } from "./notification-texts.ts";

export function createIntentStatusNotices(deps: {
  live: SeekerLiveEvents;
  /** The platform's public origin (env PUBLIC_BASE_URL): messages then carry a link to 我的. */
  publicBaseUrl?: string;
}): IntentStatusNotices {
  return {
    async enqueueMessage(work: UnitOfWork, change: { intentId: string; status: IntentStatus }) {
      const intent = await findIntentForNotice(work, change.intentId);
      await enqueueNotification(work, {
        kind: "INTENT_STATUS",
        seekerId: intent.seekerId,
        phoneMasked: intent.seeker.phoneMasked,
        text: intentStatusText({
          employerName: intent.position.employer.name,
          positionTitle: intent.position.title,
          status: change.status,
          publicBaseUrl: deps.publicBaseUrl,
        }),
      });
    },

    publish(seekerId, event) {
      deps.live.intentUpdated(seekerId, event);
    },
  };
}
