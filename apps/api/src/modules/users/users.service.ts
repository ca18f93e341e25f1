import type { CreateUserRequest, ManagedUser } from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { type Clock, systemClock } from "../../lib/clock.ts";
import { hashPassword } from "../../lib/password.ts";
import type { UsersRepository } from "./users.repository.ts";

/** Live sockets of an account, on every API process (Socket.IO through the PostgreSQL adapter). */
export interface UserSockets {
  disconnectUser(userId: string): void;
}

export function createUsersService(deps: { users: UsersRepository; sockets?: UserSockets; clock?: Clock }) {
  const { users, sockets } = deps;
  const clock = deps.clock ?? systemClock;
  return {
    async createUser(input: CreateUserRequest, actorUserId: string) {
      if (input.employerId && !(await users.employerExists(input.employerId))) {
        throw new AppError("VALIDATION_FAILED", "请求参数不符合要求", {
          issues: [{ path: ["body", "employerId"], message: "企业不存在" }],
        });
      }
      if (await users.usernameTaken(input.username)) throw new AppError("CONFLICT", "该用户名已被使用");
      return users.createWithAudit(
        {
          username: input.username,
          passwordHash: await hashPassword(input.password),
          role: input.role,
          employerId: input.employerId ?? null,
          displayName: input.displayName ?? null,
        },
        actorUserId,
      );
    },

    /** Sessions are revoked in the same transaction; sockets are dropped once it has committed. */
    async setDisabled(id: string, disabled: boolean, actorUserId: string): Promise<ManagedUser> {
      if (disabled && id === actorUserId) throw new AppError("CONFLICT", "不能停用自己的账号");
      const row = await users.setDisabled(id, disabled, clock.now(), actorUserId);
      if (!row) throw notFound("用户");
      if (disabled) sockets?.disconnectUser(id);
      const { disabledAt, ...user } = row;
      return { ...user, disabled: disabledAt !== null };
    },

    listUsers: (page: { limit: number; offset: number }) => users.list(page),
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
