import type { Db } from "../../lib/prisma.ts";

const USER_FIELDS = {
  id: true,
  username: true,
  role: true,
  employerId: true,
  seekerId: true,
  displayName: true,
  disabledAt: true,
} as const;

export function createAuthRepository(db: Db) {
  return {
    findUserForLogin(username: string) {
      return db.user.findUnique({ where: { username }, select: { ...USER_FIELDS, passwordHash: true } });
    },

    createSession(input: { id: string; userId: string; expiresAt: Date }) {
      return db.session.create({ data: input, select: { id: true } });
    },

    findSession(id: string) {
      return db.session.findUnique({
        where: { id },
        select: {
          id: true,
          createdAt: true,
          lastSeenAt: true,
          expiresAt: true,
          revokedAt: true,
          user: { select: USER_FIELDS },
        },
      });
    },

    async touchSession(id: string, at: Date) {
      await db.session.updateMany({ where: { id, revokedAt: null }, data: { lastSeenAt: at } });
    },

    async revokeSession(id: string, at: Date) {
      await db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
