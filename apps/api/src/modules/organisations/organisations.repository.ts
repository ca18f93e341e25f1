import type { SealedPhone } from "../../lib/personal-data.ts";
import type { Db } from "../../lib/prisma.ts";

const ORGANISATION_VIEW = { id: true, name: true, regionCode: true, alertPhoneMasked: true } as const;

export function createOrganisationsRepository(db: Db) {
  return {
    nameTaken: async (name: string) => (await db.organisation.count({ where: { name } })) > 0,

    /** Creates the organisation and its audit entry atomically. */
    createWithAudit(data: { name: string; regionCode: string; alertPhone: SealedPhone | null }, actorUserId: string) {
      return db.$transaction(async (tx) => {
        const organisation = await tx.organisation.create({
          data: {
            name: data.name,
            regionCode: data.regionCode,
            alertPhoneCipher: data.alertPhone?.cipher ?? null,
            alertPhoneMasked: data.alertPhone?.masked ?? null,
          },
          select: ORGANISATION_VIEW,
        });
        await tx.auditLog.create({
          data: {
            actorUserId,
            action: "organisation.create",
            entityType: "organisation",
            entityId: organisation.id,
            data: { regionCode: data.regionCode, alertPhone: data.alertPhone?.masked ?? null },
          },
        });
        return organisation;
      });
    },

    /** Sets (or with null removes) the alert phone, with its audit entry (the masked number only). */
    updateAlertPhoneWithAudit(id: string, alertPhone: SealedPhone | null, actorUserId: string) {
      return db.$transaction(async (tx) => {
        const organisation = await tx.organisation.update({
          where: { id },
          data: { alertPhoneCipher: alertPhone?.cipher ?? null, alertPhoneMasked: alertPhone?.masked ?? null },
          select: ORGANISATION_VIEW,
        });
        await tx.auditLog.create({
          data: {
            actorUserId,
            action: "organisation.alert-phone",
            entityType: "organisation",
            entityId: id,
            data: { alertPhone: alertPhone?.masked ?? null },
          },
        });
        return organisation;
      });
    },

    findById: (id: string) => db.organisation.findUnique({ where: { id }, select: ORGANISATION_VIEW }),

    async list() {
      const [organisations, total] = await Promise.all([
        db.organisation.findMany({ select: ORGANISATION_VIEW, orderBy: [{ regionCode: "asc" }, { name: "asc" }] }),
        db.organisation.count(),
      ]);
      return { organisations, total };
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
