// The SEEKER user that signs in with codes: made for a seeker when a registration's code is
// redeemed or a desk-registered seeker signs in by phone for the first time.
import crypto from "node:crypto";
import type { AuthUser } from "../../http/auth-context.ts";
import { AppError } from "../../lib/app-error.ts";
import { AUTH_USER_FIELDS } from "../auth/index.ts";
import { prismaOf, type UnitOfWork } from "../outbox/index.ts";

export type SeekerUser = AuthUser;

/**
 * The seeker's user, made if it never had one, in the caller's unit of work. Its password hash
 * is deliberately unusable ("!" is never a scrypt hash), and password login refuses SEEKER users anyway.
 */
export async function seekerUserFor(work: UnitOfWork, seeker: { seekerId: string; name: string }): Promise<SeekerUser> {
  const tx = prismaOf(work);
  await tx.user.createMany({
    data: [
      {
        username: `seeker-${seeker.seekerId}`,
        passwordHash: `!${crypto.randomBytes(24).toString("base64url")}`,
        role: "SEEKER",
        seekerId: seeker.seekerId,
        displayName: seeker.name,
      },
    ],
    skipDuplicates: true,
  });
  const user = await tx.user.findUniqueOrThrow({
    where: { seekerId: seeker.seekerId },
    select: AUTH_USER_FIELDS,
  });
  // Thrown inside the transaction so the code stays unused: a disabled account gets no session.
  if (user.disabledAt) throw new AppError("FORBIDDEN", "该账号已停用，请联系工作人员");
  const { disabledAt: _disabled, ...authUser } = user;
  return authUser;
}
