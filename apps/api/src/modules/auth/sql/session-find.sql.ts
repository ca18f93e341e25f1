import { RoleSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";

/** The session and its user, for every signed-in request (a named prepared statement on the pool). */
export const SESSION_FIND = sqlStatement<[sessionId: string]>()({
  name: "auth_find_session_v2",
  text: `
    SELECT s.id, s."createdAt", s."lastSeenAt", s."expiresAt", s."revokedAt",
           u.id AS "userId", u.username, u.role::text AS role, u."employerId", u."seekerId", u."displayName", u."disabledAt",
           u."organisationId", o."regionCode" AS "organisationRegionCode"
    FROM sessions s JOIN users u ON u.id = s."userId" LEFT JOIN organisations o ON o.id = u."organisationId"
    WHERE s.id = $1`,
  row: z.strictObject({
    id: z.string(),
    createdAt: z.date(),
    lastSeenAt: z.date(),
    expiresAt: z.date(),
    revokedAt: z.date().nullable(),
    userId: z.string(),
    username: z.string(),
    role: RoleSchema,
    employerId: z.string().nullable(),
    organisationId: z.string().nullable(),
    organisationRegionCode: z.string().nullable(),
    seekerId: z.string().nullable(),
    displayName: z.string().nullable(),
    disabledAt: z.date().nullable(),
  }),
});
