import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../lib/prisma.ts";

const USER_VIEW = { id: true, username: true, role: true, employerId: true, organisationId: true, displayName: true } as const;

type Regions = { gte: string; lt: string } | undefined;

/**
 * The accounts a bureau manages: those of organisations in its jurisdiction and those of
 * employers located there. Platform-wide accounts (no organisation) belong to the platform.
 */
function managedBy(regions: Regions): Prisma.UserWhereInput {
  if (!regions) return {};
  return { OR: [{ organisation: { regionCode: regions } }, { employer: { regionCode: regions } }] };
}

export function createUsersRepository(db: Db) {
  return {
    employerRegion: async (id: string) =>
      (await db.employer.findUnique({ where: { id }, select: { regionCode: true } }))?.regionCode ?? null,

    organisationRegion: async (id: string) =>
      (await db.organisation.findUnique({ where: { id }, select: { regionCode: true } }))?.regionCode ?? null,

    usernameTaken: async (username: string) => (await db.user.count({ where: { username } })) > 0,

    /** Creates the user and its audit entry atomically. */
    createWithAudit(
      data: {
        username: string;
        passwordHash: string;
        role: "ADMIN" | "STAFF" | "EMPLOYER";
        employerId: string | null;
        organisationId: string | null;
        displayName: string | null;
      },
      actorUserId: string,
    ) {
      return db.$transaction(async (tx) => {
        const user = await tx.user.create({ data, select: USER_VIEW });
        await tx.auditLog.create({
          data: {
            actorUserId,
            action: "user.create",
            entityType: "user",
            entityId: user.id,
            data: { role: user.role, organisationId: user.organisationId },
          },
        });
        return user;
      });
    },

    /**
     * Disabling revokes every live session of the account in the same transaction, so a
     * later re-enable does not bring old cookies back. Null when the user does not exist
     * or lies outside `regions`.
     */
    setDisabled(id: string, disabled: boolean, at: Date, actorUserId: string, regions: Regions) {
      return db.$transaction(async (tx) => {
        const current = await tx.user.findFirst({
          where: { AND: [{ id, role: { not: "SEEKER" } }, managedBy(regions)] },
          select: { disabledAt: true },
        });
        if (!current) return null;
        const disabledAt = disabled ? (current.disabledAt ?? at) : null;
        const user = await tx.user.update({ where: { id }, data: { disabledAt }, select: { ...USER_VIEW, disabledAt: true } });
        const revoked = disabled
          ? (await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: at } })).count
          : 0;
        if (Boolean(current.disabledAt) !== disabled) {
          await tx.auditLog.create({
            data: {
              actorUserId,
              action: disabled ? "user.disable" : "user.enable",
              entityType: "user",
              entityId: id,
              data: { revokedSessions: revoked },
            },
          });
        }
        return user;
      });
    },

    async list(page: { limit: number; offset: number }, regions: Regions) {
      const where: Prisma.UserWhereInput = { AND: [{ role: { not: "SEEKER" } }, managedBy(regions)] };
      const [rows, total] = await Promise.all([
        db.user.findMany({
          where,
          select: { ...USER_VIEW, disabledAt: true },
          orderBy: { createdAt: "asc" },
          take: page.limit,
          skip: page.offset,
        }),
        db.user.count({ where }),
      ]);
      const users = rows.map(({ disabledAt, ...user }) => ({ ...user, disabled: disabledAt !== null }));
      return { users, total };
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
