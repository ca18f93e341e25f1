// The monthly reminder to employers with workers on site. One run per China-calendar month,
// whichever process or request gets there first: the month is claimed by inserting its row in
// `employer_reminder_runs` (ON CONFLICT DO NOTHING) in the same transaction as the messages,
// so a concurrent run waits on the row, then finds it taken and queues nothing.
import type { Db } from "../../lib/prisma.ts";
import { runUnitOfWork } from "../outbox/index.ts";
import { enqueueNotification } from "./notification-queue.repository.ts";
import { employerReminderText } from "./notification-texts.ts";

export function createEmployerRemindersRepository(db: Db) {
  return {
    /** Queues the month's reminders unless that month was already claimed; returns how many were queued. */
    queueForMonth(month: string): Promise<number> {
      return runUnitOfWork(
        db,
        async (work, tx) => {
          const claimed = await tx.employerReminderRun.createMany({ data: [{ month }], skipDuplicates: true });
          if (claimed.count === 0) return 0;
          const groups = await tx.placement.groupBy({
            by: ["employerId"],
            where: { status: "ACTIVE", employer: { contactPhoneCipher: { not: null } } },
            _count: { _all: true },
          });
          const employers = await tx.employer.findMany({
            where: { id: { in: groups.map((g) => g.employerId) } },
            select: { id: true, contactPhoneMasked: true },
          });
          const maskedOf = new Map(employers.map((e) => [e.id, e.contactPhoneMasked ?? ""]));
          const sorted = [...groups].sort((a, b) => a.employerId.localeCompare(b.employerId));
          for (const group of sorted) {
            await enqueueNotification(work, {
              kind: "EMPLOYER_REMINDER",
              employerId: group.employerId,
              phoneMasked: maskedOf.get(group.employerId) ?? "",
              text: employerReminderText({ activeWorkers: group._count._all }),
            });
          }
          await tx.employerReminderRun.update({ where: { month }, data: { queued: sorted.length } });
          return sorted.length;
        },
        { timeout: 60_000 },
      );
    },
  };
}

export type EmployerRemindersRepository = ReturnType<typeof createEmployerRemindersRepository>;
