import type { Role } from "@xiezuo/contracts";
import { type Db, sqlPool } from "../../lib/prisma.ts";

const USER_FIELDS = {
  id: true,
  username: true,
  role: true,
  employerId: true,
  seekerId: true,
  displayName: true,
  disabledAt: true,
} as const;

interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userId: string;
  username: string;
  role: Role;
  employerId: string | null;
  seekerId: string | null;
  displayName: string | null;
  disabledAt: Date | null;
}

const FIND_SESSION = {
  name: "auth_find_session_v1",
  text: `
    SELECT s.id, s."createdAt", s."lastSeenAt", s."expiresAt", s."revokedAt",
           u.id AS "userId", u.username, u.role::text AS role, u."employerId", u."seekerId", u."displayName", u."disabledAt"
    FROM sessions s JOIN users u ON u.id = s."userId"
    WHERE s.id = $1`,
};

export function createAuthRepository(db: Db) {
  return {
    findUserForLogin(username: string) {
      return db.user.findUnique({ where: { username }, select: { ...USER_FIELDS, passwordHash: true } });
    },

    /** Times come from the service's clock, so idle and absolute timeouts are measured on one clock. */
    createSession(input: { id: string; userId: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date }) {
      return db.session.create({ data: input, select: { id: true } });
    },

    /** Runs on every signed-in request: a named prepared statement on the pool under Prisma (see lib/prisma.ts). */
    async findSession(id: string) {
      const { rows } = await sqlPool(db).query<SessionRow>({ ...FIND_SESSION, values: [id] });
      const row = rows[0];
      if (!row) return null;
      const { userId, username, role, employerId, seekerId, displayName, disabledAt, ...session } = row;
      return { ...session, user: { id: userId, username, role, employerId, seekerId, displayName, disabledAt } };
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
