import { z } from "zod";
import { IdSchema, RoleSchema } from "./common.ts";

export const LoginRequestSchema = z.strictObject({
  username: z.string().trim().min(1, "请输入用户名").max(64),
  password: z.string().min(1, "请输入密码").max(256),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  role: RoleSchema,
  employerId: IdSchema.nullable(),
  /** The bureau of an ADMIN or STAFF account; null = platform-wide. */
  organisationId: IdSchema.nullable(),
  displayName: z.string().nullable(),
});
export type User = z.infer<typeof UserSchema>;

export const UserResponseSchema = z.object({ user: UserSchema });
export type UserResponse = z.infer<typeof UserResponseSchema>;

export const CreateUserRequestSchema = z
  .strictObject({
    username: z
      .string()
      .trim()
      .regex(/^[a-zA-Z0-9_.-]{3,64}$/, "用户名为3–64位字母、数字、下划线、点或横线"),
    password: z.string().min(10, "密码至少10位").max(256),
    role: z.enum(["ADMIN", "STAFF", "EMPLOYER"]),
    employerId: IdSchema.optional(),
    /** ADMIN and STAFF only: the bureau whose jurisdiction the account works in. */
    organisationId: IdSchema.optional(),
    displayName: z.string().trim().min(1).max(64).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === "EMPLOYER" && !value.employerId) {
      ctx.addIssue({ code: "custom", path: ["employerId"], message: "企业账号必须指定所属企业" });
    }
    if (value.role !== "EMPLOYER" && value.employerId) {
      ctx.addIssue({ code: "custom", path: ["employerId"], message: "只有企业账号可以指定所属企业" });
    }
    if (value.role === "EMPLOYER" && value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "企业账号不属于人社机构" });
    }
  });
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

/** PATCH /api/users/:id (ADMIN): disabling revokes every session of the account and drops its live sockets. */
export const UpdateUserRequestSchema = z.strictObject({ disabled: z.boolean() });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

export const ManagedUserSchema = UserSchema.extend({ disabled: z.boolean() });
export type ManagedUser = z.infer<typeof ManagedUserSchema>;

/** GET /api/users (ADMIN): each account with its `disabled` state, so the list can show 已停用. */
export const UserListResponseSchema = z.object({ users: z.array(ManagedUserSchema), total: z.number().int() });
export type UserListResponse = z.infer<typeof UserListResponseSchema>;

export const ManagedUserResponseSchema = z.object({ user: ManagedUserSchema });
export type ManagedUserResponse = z.infer<typeof ManagedUserResponseSchema>;
