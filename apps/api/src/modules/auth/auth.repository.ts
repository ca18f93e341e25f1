import { type Db, sqlPool } from "../../lib/prisma.ts";
import { queryPrepared } from "../../lib/sql-statement.ts";
import { SESSION_FIND } from "./sql/session-find.sql.ts";

/** The columns of an account a session carries (the AuthUser), plus disabledAt to refuse a disabled one. */
export const AUTH_USER_FIELDS = {
  id: true,
  username: true,
  role: true,
  employerId: true,
  organisationId: true,
  seekerId: true,
  displayName: true,
  disabledAt: true,
} as const;

export function createAuthRepository(db: Db) {
  return {
    findUserForLogin(username: string) {
      return db.user.findUnique({
        where: { username },
        select: { ...AUTH_USER_FIELDS, passwordHash: true, organisation: { select: { id: true, regionCode: true } } },
      });
    },

    /** Times come from the service's clock, so idle and absolute timeouts are measured on one clock. */
    createSession(input: { id: string; userId: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date }) {
      return db.session.create({ data: input, select: { id: true } });
    },

    /** Runs on every signed-in request: a named prepared statement on the pool under Prisma (see lib/prisma.ts). */
    async findSession(id: string) {
      const [row] = await queryPrepared(sqlPool(db), SESSION_FIND, id);
      if (!row) return null;
      const { userId, username, role, employerId, organisationId, organisationRegionCode, seekerId, displayName, disabledAt, ...session } =
        row;
      const organisation = organisationId && organisationRegionCode ? { id: organisationId, regionCode: organisationRegionCode } : null;
      return {
        ...session,
        organisation,
        user: { id: userId, username, role, employerId, organisationId, seekerId, displayName, disabledAt },
      };
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
