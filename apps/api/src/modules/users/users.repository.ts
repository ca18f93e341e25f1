import type { Db } from "../../lib/prisma.ts";

const USER_VIEW = { id: true, username: true, role: true, employerId: true, displayName: true } as const;

export function createUsersRepository(db: Db) {
  return {
    employerExists: async (id: string) => (await db.employer.count({ where: { id } })) > 0,

    usernameTaken: async (username: string) => (await db.user.count({ where: { username } })) > 0,

    /** Creates the user and its audit entry atomically. */
    createWithAudit(
      data: {
        username: string;
        passwordHash: string;
        role: "ADMIN" | "STAFF" | "EMPLOYER";
        employerId: string | null;
        displayName: string | null;
      },
      actorUserId: string,
    ) {
      return db.$transaction(async (tx) => {
        const user = await tx.user.create({ data, select: USER_VIEW });
        await tx.auditLog.create({
          data: { actorUserId, action: "user.create", entityType: "user", entityId: user.id, data: { role: user.role } },
        });
        return user;
      });
    },

    /**
     * Disabling revokes every live session of the account in the same transaction, so a
     * later re-enable does not bring old cookies back. Null when the user does not exist.
     */
    setDisabled(id: string, disabled: boolean, at: Date, actorUserId: string) {
      return db.$transaction(async (tx) => {
        const current = await tx.user.findUnique({ where: { id }, select: { disabledAt: true } });
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

    async list(page: { limit: number; offset: number }) {
      const [rows, total] = await Promise.all([
        db.user.findMany({
          where: { role: { not: "SEEKER" } },
          select: { ...USER_VIEW, disabledAt: true },
          orderBy: { createdAt: "asc" },
          take: page.limit,
          skip: page.offset,
        }),
        db.user.count({ where: { role: { not: "SEEKER" } } }),
      ]);
      const users = rows.map(({ disabledAt, ...user }) => ({ ...user, disabled: disabledAt !== null }));
      return { users, total };
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
