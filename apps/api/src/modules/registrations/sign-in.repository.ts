// Phone sign-ins of seekers (seeker_sign_ins): the code rows, and the seeker a phone's blind
// index leads to. A sign-in never creates a seeker; it may create the seeker's SEEKER user
// (someone registered at the desk signs in for the first time).
import type { Db } from "../../lib/prisma.ts";
import { queryRows } from "../../lib/sql-statement.ts";
import { enqueueNotification, type NotificationDraft } from "../notifications/index.ts";
import { runUnitOfWork } from "../outbox/index.ts";
import { type SeekerUser, seekerUserFor } from "./seeker-user.repository.ts";
import { SIGN_IN_FAILED_ATTEMPT } from "./sql/code-failed-attempt.sql.ts";

export interface NewSignIn {
  id: string;
  /** Null when no seeker has the phone: the row exists so guesses are answered alike. */
  seekerId: string | null;
  codeHash: string;
  codeExpiresAt: Date;
}

export function createSignInRepository(db: Db) {
  return {
    /**
     * The seeker with this phone number. Several may share one (a family's phone): the record
     * changed last is taken, so whoever registered or was updated most recently signs in.
     */
    findSeekerByPhoneHash: (phoneHash: string) =>
      db.seeker.findFirst({
        where: { phoneHash },
        select: { id: true, phoneMasked: true },
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      }),

    /** The sign-in and the message carrying its code exist together or not at all. */
    async create(data: NewSignIn, message: NotificationDraft | null): Promise<void> {
      await runUnitOfWork(db, async (work, tx) => {
        await tx.seekerSignIn.create({ data, select: { id: true } });
        if (message) await enqueueNotification(work, message);
      });
    },

    findForVerification: (id: string) =>
      db.seekerSignIn.findUnique({
        where: { id },
        select: { id: true, codeHash: true, codeExpiresAt: true, failedAttempts: true, usedAt: true },
      }),

    /** Atomic, so parallel guesses cannot share one attempt; null when the row no longer takes guesses. */
    async recordFailedAttempt(id: string, maxAttempts: number): Promise<number | null> {
      const rows = await queryRows(db, SIGN_IN_FAILED_ATTEMPT, id, maxAttempts);
      return rows[0]?.failedAttempts ?? null;
    },

    /**
     * Uses the code (a conditional UPDATE: of two requests racing, one wins) and hands over the
     * seeker's user, made if the seeker never had one. Null when the rule no longer holds or
     * the phone belonged to nobody.
     */
    claim(id: string, rule: { now: Date; maxAttempts: number }) {
      return runUnitOfWork(db, async (work, tx): Promise<SeekerUser | null> => {
        const claimed = await tx.seekerSignIn.updateMany({
          where: {
            id,
            usedAt: null,
            seekerId: { not: null },
            failedAttempts: { lt: rule.maxAttempts },
            codeExpiresAt: { gt: rule.now },
          },
          data: { usedAt: rule.now },
        });
        if (claimed.count !== 1) return null;
        const row = await tx.seekerSignIn.findUniqueOrThrow({ where: { id }, select: { seeker: { select: { id: true, name: true } } } });
        if (!row.seeker) return null;
        return seekerUserFor(work, { seekerId: row.seeker.id, name: row.seeker.name });
      });
    },
  };
}

export type SignInRepository = ReturnType<typeof createSignInRepository>;
