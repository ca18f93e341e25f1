import type { Db, Prisma } from "../../lib/prisma.ts";
import type { Scope } from "../../lib/scope.ts";
import { runUnitOfWork } from "../outbox/index.ts";
import { createOrLinkSeeker, type SeekerDraft } from "./seeker-link.repository.ts";
import { visibleSeekers } from "./seeker-scope.ts";

/** Every column a response may show; ciphertexts and blind indexes are never selected here. */
export const SEEKER_VIEW = {
  id: true,
  name: true,
  idNumberMasked: true,
  phoneMasked: true,
  gender: true,
  birthDate: true,
  homeRegionCode: true,
  education: true,
  skills: true,
  preferredCities: true,
  jobFamilies: true,
  expectedWageMin: true,
  needsLodging: true,
  createdAt: true,
  household: { select: { code: true, povertyStatus: true } },
} as const;

export function createSeekersRepository(db: Db) {
  const inScope = (where: Prisma.SeekerWhereInput, scope: Scope): Prisma.SeekerWhereInput =>
    scope.platform ? where : { AND: [where, visibleSeekers(scope)] };
  const findByIdNumberHash = (idNumberHash: string, scope: Scope) =>
    db.seeker.findFirst({ where: inScope({ idNumberHash }, scope), select: SEEKER_VIEW });

  return {
    findById: (id: string, scope: Scope) => db.seeker.findFirst({ where: inScope({ id }, scope), select: SEEKER_VIEW }),
    findByIdNumberHash,
    findManyByIds: (ids: string[], scope: Scope) => db.seeker.findMany({ where: inScope({ id: { in: ids } }, scope), select: SEEKER_VIEW }),

    /** The id of the seeker with this ID number, whatever the caller's scope (fair desks check in by fair). */
    async findIdByIdNumberHash(idNumberHash: string): Promise<string | null> {
      return (await db.seeker.findUnique({ where: { idNumberHash }, select: { id: true } }))?.id ?? null;
    },

    async findHouseholdByCode(code: string): Promise<{ id: string; regionCode: string } | null> {
      return db.household.findUnique({ where: { code }, select: { id: true, regionCode: true } });
    },

    /**
     * The desk's registration: a new seeker, or the `existingId` of the one holding the ID
     * number (two desks registering the same person at once get one seeker, see createOrLinkSeeker).
     */
    createOrLink(draft: SeekerDraft) {
      return runUnitOfWork(db, async (work, tx) => {
        const link = await createOrLinkSeeker(work, draft);
        if (!link.created) return { existingId: link.seeker.id } as const;
        return { created: await tx.seeker.findUniqueOrThrow({ where: { id: link.seeker.id }, select: SEEKER_VIEW }) } as const;
      });
    },

    async list(query: { q?: string; limit: number; offset: number }, scope: Scope) {
      const where = inScope(query.q ? { name: { contains: query.q } } : {}, scope);
      const [seekers, total] = await Promise.all([
        db.seeker.findMany({
          where,
          select: SEEKER_VIEW,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: query.limit,
          skip: query.offset,
        }),
        db.seeker.count({ where }),
      ]);
      return { seekers, total };
    },

    async hasIntentOnEmployerPosition(seekerId: string, employerId: string): Promise<boolean> {
      return (await db.intent.count({ where: { seekerId, position: { employerId } } })) > 0;
    },

    /** Writes the audit entry first and in the same transaction: no unmasking without a record. */
    unsealWithAudit(seekerId: string, audit: { actorUserId: string; reason: string }, scope: Scope) {
      return db.$transaction(async (tx) => {
        const sealed = await tx.seeker.findFirst({
          where: inScope({ id: seekerId }, scope),
          select: { idNumberCipher: true, phoneCipher: true },
        });
        if (!sealed) return null;
        await tx.auditLog.create({
          data: {
            actorUserId: audit.actorUserId,
            action: "seeker.unmask",
            entityType: "seeker",
            entityId: seekerId,
            reason: audit.reason,
            data: { fields: ["idNumber", "phone"] },
          },
        });
        return sealed;
      });
    },
  };
}

export type SeekersRepository = ReturnType<typeof createSeekersRepository>;
export type SeekerRow = NonNullable<Awaited<ReturnType<SeekersRepository["findById"]>>>;
