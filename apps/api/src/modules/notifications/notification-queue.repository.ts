// Queues a message: the notifications row and its outbox event are written in the caller's
// unit of work, so a message exists exactly when the change it reports commits. Also the
// reads a message needs inside that transaction (who to tell about an intent).
import type { NotificationKind } from "@xiezuo/contracts";
import { enqueue, prismaOf, type UnitOfWork } from "../outbox/index.ts";

export const NOTIFICATION_SEND = "notification.send";

export interface NotificationDraft {
  kind: NotificationKind;
  /** Where delivery finds the phone number: the seeker's record or the pre-registration. */
  seekerId?: string;
  registrationId?: string;
  /** A bureau's alert phone (DROPOUT_ALERT). */
  organisationId?: string;
  /** An employer's contact phone (EMPLOYER_REMINDER). */
  employerId?: string;
  phoneMasked: string;
  text: string;
}

export async function enqueueNotification(work: UnitOfWork, draft: NotificationDraft): Promise<{ id: string; status: "PENDING" }> {
  if (!draft.seekerId && !draft.registrationId && !draft.organisationId && !draft.employerId)
    throw new Error("enqueueNotification: a recipient (seeker, registration, organisation or employer) is required");
  const row = await prismaOf(work).notification.create({
    data: {
      kind: draft.kind,
      seekerId: draft.seekerId ?? null,
      registrationId: draft.registrationId ?? null,
      organisationId: draft.organisationId ?? null,
      employerId: draft.employerId ?? null,
      phoneMasked: draft.phoneMasked,
      text: draft.text,
    },
    select: { id: true },
  });
  await enqueue(work, { topic: NOTIFICATION_SEND, aggregateId: row.id });
  return { id: row.id, status: "PENDING" };
}

/** Who hears about an intent's new status, and what the message names: read in the change's transaction. */
export function findIntentForNotice(work: UnitOfWork, intentId: string) {
  return prismaOf(work).intent.findUniqueOrThrow({
    where: { id: intentId },
    select: {
      seekerId: true,
      seeker: { select: { phoneMasked: true } },
      position: { select: { title: true, employer: { select: { name: true } } } },
    },
  });
}
