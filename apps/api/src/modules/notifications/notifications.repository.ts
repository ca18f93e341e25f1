// The notifications table: the ADMIN outbox list, and what delivery reads and records.
import type { NotificationListQuery } from "@xiezuo/contracts";
import type { Db } from "../../lib/prisma.ts";
import type { Scope } from "../../lib/scope.ts";
import { queryRows } from "../../lib/sql-statement.ts";
import { runUnitOfWork, type UnitOfWork } from "../outbox/index.ts";
import { visiblePlacements } from "../placements/placement-scope.ts";
import { NOTIFICATION_FAILURE_RECORD } from "./sql/notification-failure-record.sql.ts";

const LIST_SELECT = {
  id: true,
  kind: true,
  channel: true,
  phoneMasked: true,
  text: true,
  status: true,
  provider: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} as const;

export function createNotificationsRepository(db: Db) {
  return {
    async list(query: NotificationListQuery) {
      const where = { ...(query.kind ? { kind: query.kind } : {}), ...(query.status ? { status: query.status } : {}) };
      const [rows, total] = await Promise.all([
        db.notification.findMany({
          where,
          select: LIST_SELECT,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: query.limit,
          skip: query.offset,
        }),
        db.notification.count({ where }),
      ]);
      return { rows, total };
    },

    /** A notification still to deliver, or null when it is unknown or already SENT/FAILED. */
    findPending: (id: string) =>
      db.notification.findFirst({
        where: { id, status: "PENDING" },
        select: {
          id: true,
          kind: true,
          text: true,
          seekerId: true,
          registrationId: true,
          organisationId: true,
          employerId: true,
          attempts: true,
        },
      }),

    /**
     * The sealed phone number delivery decrypts: the seeker's record first, else the
     * pre-registration's, else a bureau's alert phone or an employer's contact phone.
     */
    async findPhoneCipher(target: {
      seekerId: string | null;
      registrationId: string | null;
      organisationId?: string | null;
      employerId?: string | null;
    }): Promise<Uint8Array | null> {
      if (target.seekerId) {
        const seeker = await db.seeker.findUnique({ where: { id: target.seekerId }, select: { phoneCipher: true } });
        if (seeker) return seeker.phoneCipher;
      }
      if (target.registrationId) {
        const registration = await db.registration.findUnique({ where: { id: target.registrationId }, select: { phoneCipher: true } });
        if (registration) return registration.phoneCipher;
      }
      if (target.organisationId) {
        const organisation = await db.organisation.findUnique({ where: { id: target.organisationId }, select: { alertPhoneCipher: true } });
        if (organisation?.alertPhoneCipher) return organisation.alertPhoneCipher;
      }
      if (target.employerId) {
        const employer = await db.employer.findUnique({ where: { id: target.employerId }, select: { contactPhoneCipher: true } });
        if (employer?.contactPhoneCipher) return employer.contactPhoneCipher;
      }
      return null;
    },

    /** Only a PENDING row moves, so a retried batch can never mark a notification twice. */
    async markSent(id: string, input: { provider: string; providerMessageId: string | null }): Promise<void> {
      await db.notification.updateMany({
        where: { id, status: "PENDING" },
        data: {
          status: "SENT",
          provider: input.provider,
          providerMessageId: input.providerMessageId,
          sentAt: new Date(),
          attempts: { increment: 1 },
          lastError: null,
        },
      });
    },

    /** Counts a failed try; at `maxAttempts` the notification is given up (FAILED). Null: it was no longer PENDING. */
    async recordFailure(id: string, input: { provider: string; error: string; maxAttempts: number }): Promise<"PENDING" | "FAILED" | null> {
      const [row] = await queryRows(db, NOTIFICATION_FAILURE_RECORD, id, input.error, input.provider, input.maxAttempts);
      return row?.status ?? null;
    },

    /** Nobody to send to (the seeker or registration is gone): give up at once, no retry helps. */
    async markUndeliverable(id: string, error: string): Promise<void> {
      await db.notification.updateMany({ where: { id, status: "PENDING" }, data: { status: "FAILED", lastError: error } });
    },

    /** What a follow-up reminder needs to know about a placement. */
    findPlacementForReminder: (id: string, scope: Scope) =>
      db.placement.findFirst({
        where: { AND: [{ id }, visiblePlacements(scope)] },
        select: {
          id: true,
          status: true,
          seekerId: true,
          seeker: { select: { phoneMasked: true } },
          employer: { select: { name: true } },
          position: { select: { title: true } },
        },
      }),

    /** One unit of work: a message queued in it exists exactly when it commits. */
    transaction: <T>(work: (uow: UnitOfWork) => Promise<T>) => runUnitOfWork(db, work),
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
export type NotificationListRow = Awaited<ReturnType<NotificationsRepository["list"]>>["rows"][number];
