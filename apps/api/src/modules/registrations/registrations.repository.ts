import type { RegistrationListQuery } from "@xiezuo/contracts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import type { SealedIdentity } from "../../lib/personal-data.ts";
import type { Db } from "../../lib/prisma.ts";
import type { Scope } from "../../lib/scope.ts";
import { queryRows } from "../../lib/sql-statement.ts";
import { readableFairs } from "../fairs/index.ts";
import { enqueueNotification, type NotificationDraft } from "../notifications/index.ts";
import { runUnitOfWork } from "../outbox/index.ts";
import { type LinkedSeeker, linkRegistrationSeeker } from "./seeker-link.ts";
import { type SeekerUser, seekerUserFor } from "./seeker-user.repository.ts";
import { REGISTRATION_FAILED_ATTEMPT } from "./sql/code-failed-attempt.sql.ts";
import { WAITING_REGISTRATIONS_COUNT } from "./sql/waiting-registrations-count.sql.ts";
import { WAITING_REGISTRATIONS_PAGE } from "./sql/waiting-registrations-page.sql.ts";

/** What a response may show: never the ciphers, blind indexes or the code hash. */
export const REGISTRATION_VIEW = {
  id: true,
  fairId: true,
  name: true,
  idNumberMasked: true,
  phoneMasked: true,
  createdAt: true,
  codeExpiresAt: true,
  confirmedAt: true,
  seekerId: true,
  reviewNote: true,
} as const;

export interface NewRegistration extends SealedIdentity {
  id: string;
  fairId: string;
  name: string;
  householdCode: string | null;
  preferredCities: string[];
  jobFamilies: string[];
  expectedWageMin: number | null;
  consentAt: Date;
  codeHash: string;
  codeExpiresAt: Date;
}

/** The columns of a claimed registration that a new seeker is made from (RegistrationIdentity). */
const REGISTRATION_IDENTITY = {
  name: true,
  idNumberCipher: true,
  idNumberHash: true,
  idNumberMasked: true,
  phoneCipher: true,
  phoneHash: true,
  phoneMasked: true,
  householdCode: true,
  preferredCities: true,
  jobFamilies: true,
  expectedWageMin: true,
  consentAt: true,
} as const;

/** How a pending registration may be claimed: by its code (still valid, not locked) or by the desk. */
export type ClaimRule = { by: "code"; now: Date; maxAttempts: number } | { by: "desk"; now: Date };

export function createRegistrationsRepository(db: Db, fieldCrypto: FieldCrypto) {
  const findView = (id: string) => db.registration.findUnique({ where: { id }, select: REGISTRATION_VIEW });

  return {
    findView,

    findFair: (id: string) => db.fair.findUnique({ where: { id }, select: { id: true, title: true, status: true } }),

    /** The fair when the scope may read it (fairs/fair-scope.ts). */
    findFairInScope: (id: string, scope: Scope) =>
      db.fair.findFirst({ where: { AND: [{ id }, readableFairs(scope)] }, select: { id: true } }),

    /** Whether the registration exists at a fair the scope may read. */
    registrationInScope: async (id: string, scope: Scope) =>
      (await db.registration.count({ where: { id, fair: readableFairs(scope) } })) > 0,

    /** The registration and the message carrying its code exist together or not at all. */
    async createWithMessage(data: NewRegistration, message: NotificationDraft): Promise<void> {
      await runUnitOfWork(db, async (work, tx) => {
        await tx.registration.create({ data, select: { id: true } });
        await enqueueNotification(work, message);
      });
    },

    findForVerification: (id: string) =>
      db.registration.findUnique({
        where: { id },
        select: { id: true, codeHash: true, codeExpiresAt: true, failedAttempts: true, confirmedAt: true },
      }),

    /** Atomic, so parallel guesses cannot share one attempt; null when the row is no longer open to guesses. */
    async recordFailedAttempt(id: string, maxAttempts: number): Promise<number | null> {
      const rows = await queryRows(db, REGISTRATION_FAILED_ATTEMPT, id, maxAttempts);
      return rows[0]?.failedAttempts ?? null;
    },

    /**
     * Claims the registration and creates or links its seeker in one transaction (and, for a
     * code, the seeker's sign-in user). The claim is a conditional UPDATE, so of two requests
     * racing with the same code exactly one wins; null when the rule no longer holds.
     */
    claim(id: string, rule: ClaimRule, options: { withUser: boolean }) {
      return runUnitOfWork(db, async (work, tx): Promise<{ linked: LinkedSeeker; user: SeekerUser | null } | null> => {
        const claimed = await tx.registration.updateMany({
          where: {
            id,
            confirmedAt: null,
            ...(rule.by === "code" ? { failedAttempts: { lt: rule.maxAttempts }, codeExpiresAt: { gt: rule.now } } : {}),
          },
          data: { confirmedAt: rule.now },
        });
        if (claimed.count !== 1) return null;
        const registration = await tx.registration.findUniqueOrThrow({ where: { id }, select: REGISTRATION_IDENTITY });
        const linked = await linkRegistrationSeeker(work, fieldCrypto, registration);
        await tx.registration.update({ where: { id }, data: { seekerId: linked.seekerId, reviewNote: linked.reviewNote } });
        const user = options.withUser ? await seekerUserFor(work, linked) : null;
        return { linked, user };
      });
    },

    async list(fairId: string, query: RegistrationListQuery) {
      if (query.state === "UNCONFIRMED") return listWaiting(fairId, query);
      const where = {
        fairId,
        ...(query.state === "CONFIRMED" ? { confirmedAt: { not: null } } : {}),
      };
      const [registrations, total] = await Promise.all([
        db.registration.findMany({
          where,
          select: REGISTRATION_VIEW,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: query.limit,
          skip: query.offset,
        }),
        db.registration.count({ where }),
      ]);
      return { registrations, total };
    },
  };

  /**
   * The people the desk still has to look after: one row per person (their latest request;
   * asking for a new code makes a new registration), leaving out anyone whose registration
   * for this fair was confirmed or who is already checked in at it.
   */
  async function listWaiting(fairId: string, query: RegistrationListQuery) {
    const [page, counted] = await Promise.all([
      queryRows(db, WAITING_REGISTRATIONS_PAGE, fairId, query.limit, query.offset),
      queryRows(db, WAITING_REGISTRATIONS_COUNT, fairId),
    ]);
    const rows = await db.registration.findMany({ where: { id: { in: page.map((p) => p.id) } }, select: REGISTRATION_VIEW });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const registrations = page.flatMap((p) => byId.get(p.id) ?? []);
    return { registrations, total: counted[0]?.total ?? 0 };
  }
}

export type RegistrationsRepository = ReturnType<typeof createRegistrationsRepository>;
export type RegistrationRow = NonNullable<Awaited<ReturnType<RegistrationsRepository["findView"]>>>;
