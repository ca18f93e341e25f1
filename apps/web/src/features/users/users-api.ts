import {
  type CreateUserRequest,
  type EmployerListResponse,
  EmployerListResponseSchema,
  type ManagedUser,
  ManagedUserResponseSchema,
  type User,
  type UserListResponse,
  UserListResponseSchema,
  UserResponseSchema,
} from "@xiezuo/contracts";
import { requestJson } from "../../lib/api-client.ts";

/** The API's maximum page; enough for a picker, with a name search for the rest. */
export const EMPLOYER_PICKER_LIMIT = 200;

export function listUsers(signal?: AbortSignal): Promise<UserListResponse> {
  return requestJson("/api/users", UserListResponseSchema, { signal });
}

export async function createUser(request: CreateUserRequest): Promise<User> {
  const { user } = await requestJson("/api/users", UserResponseSchema, {
    method: "POST",
    body: request,
    errorMessages: { CONFLICT: "该用户名已被使用", VALIDATION_FAILED: "填写的内容有误，请按提示修改" },
  });
  return user;
}

/** PATCH /api/users/:id: disabling signs the account out everywhere at once. */
export async function setUserDisabled(id: string, disabled: boolean): Promise<ManagedUser> {
  const { user } = await requestJson(`/api/users/${id}`, ManagedUserResponseSchema, {
    method: "PATCH",
    body: { disabled },
    errorMessages: { CONFLICT: "不能停用自己的账号", NOT_FOUND: "这个账号已经不在了，请刷新列表" },
  });
  return user;
}

export function listEmployers(query: string, signal?: AbortSignal): Promise<EmployerListResponse> {
  const params = new URLSearchParams({ limit: String(EMPLOYER_PICKER_LIMIT) });
  if (query) params.set("q", query);
  return requestJson(`/api/employers?${params}`, EmployerListResponseSchema, { signal });
}
