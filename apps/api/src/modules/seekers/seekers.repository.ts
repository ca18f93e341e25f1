import type { Db } from "../../lib/prisma.ts";
import { runUnitOfWork } from "../outbox/index.ts";
import { createOrLinkSeeker, type SeekerDraft } from "./seeker-link.repository.ts";

/** Every column a response may show; ciphertexts and blind indexes are never selected here. */
export const SEEKER_VIEW = {
  id: true,
  name: true,
  idNumberMasked: true,
  phoneMasked: true,
  gender: true,
  birthDate: true,
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
  const findByIdNumberHash = (idNumberHash: string) => db.seeker.findUnique({ where: { idNumberHash }, select: SEEKER_VIEW });

  return {
    findById: (id: string) => db.seeker.findUnique({ where: { id }, select: SEEKER_VIEW }),
    findByIdNumberHash,
    findManyByIds: (ids: string[]) => db.seeker.findMany({ where: { id: { in: ids } }, select: SEEKER_VIEW }),

    async findHouseholdIdByCode(code: string): Promise<string | null> {
      return (await db.household.findUnique({ where: { code }, select: { id: true } }))?.id ?? null;
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

    async list(query: { q?: string; limit: number; offset: number }) {
      const where = query.q ? { name: { contains: query.q } } : {};
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
    unsealWithAudit(seekerId: string, audit: { actorUserId: string; reason: string }) {
      return db.$transaction(async (tx) => {
        const sealed = await tx.seeker.findUnique({ where: { id: seekerId }, select: { idNumberCipher: true, phoneCipher: true } });
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
