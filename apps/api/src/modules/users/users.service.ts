import type { CreateUserRequest, ManagedUser } from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { type Clock, systemClock } from "../../lib/clock.ts";
import { hashPassword } from "../../lib/password.ts";
import { regionCondition, regionInScope, type Scope } from "../../lib/scope.ts";
import type { UsersRepository } from "./users.repository.ts";

/** Live sockets of an account, on every API process (Socket.IO through the PostgreSQL adapter). */
export interface UserSockets {
  disconnectUser(userId: string): void;
}

/** A named employer or organisation must exist and, for a bureau, lie in its jurisdiction. */
async function assertInJurisdiction(field: string, region: string | null | undefined, id: string | null | undefined, scope: Scope) {
  if (!id) return;
  if (!region || !regionInScope(scope, region)) {
    throw new AppError("VALIDATION_FAILED", "请求参数不符合要求", {
      issues: [{ path: ["body", field], message: field === "employerId" ? "企业不存在" : "机构不存在" }],
    });
  }
}

export function createUsersService(deps: { users: UsersRepository; sockets?: UserSockets; clock?: Clock }) {
  const { users, sockets } = deps;
  const clock = deps.clock ?? systemClock;
  return {
    /**
     * A bureau's ADMIN creates accounts of its jurisdiction only: ADMIN and STAFF of an
     * organisation there (its own by default, never platform-wide) and EMPLOYER accounts of
     * employers located there. Anything else it names reads as not existing.
     */
    async createUser(input: CreateUserRequest, actorUserId: string, scope: Scope) {
      const organisationId = input.organisationId ?? (!scope.platform && input.role !== "EMPLOYER" ? scope.organisationId : null);
      await assertInJurisdiction("employerId", input.employerId && (await users.employerRegion(input.employerId)), input.employerId, scope);
      await assertInJurisdiction(
        "organisationId",
        organisationId && (await users.organisationRegion(organisationId)),
        organisationId,
        scope,
      );
      if (await users.usernameTaken(input.username)) throw new AppError("CONFLICT", "该用户名已被使用");
      return users.createWithAudit(
        {
          username: input.username,
          passwordHash: await hashPassword(input.password),
          role: input.role,
          employerId: input.employerId ?? null,
          organisationId,
          displayName: input.displayName ?? null,
        },
        actorUserId,
      );
    },

    /** Sessions are revoked in the same transaction; sockets are dropped once it has committed. */
    async setDisabled(id: string, disabled: boolean, actorUserId: string, scope: Scope): Promise<ManagedUser> {
      if (disabled && id === actorUserId) throw new AppError("CONFLICT", "不能停用自己的账号");
      const row = await users.setDisabled(id, disabled, clock.now(), actorUserId, regionCondition(scope));
      if (!row) throw notFound("用户");
      if (disabled) sockets?.disconnectUser(id);
      const { disabledAt, ...user } = row;
      return { ...user, disabled: disabledAt !== null };
    },

    listUsers: (page: { limit: number; offset: number }, scope: Scope) => users.list(page, regionCondition(scope)),
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
