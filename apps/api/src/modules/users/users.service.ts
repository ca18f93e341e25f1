import type { CreateUserRequest } from "@xiezuo/contracts";
import { AppError } from "../../lib/app-error.ts";
import { hashPassword } from "../../lib/password.ts";
import type { UsersRepository } from "./users.repository.ts";

export function createUsersService(deps: { users: UsersRepository }) {
  const { users } = deps;
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

    listUsers: (page: { limit: number; offset: number }) => users.list(page),
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
