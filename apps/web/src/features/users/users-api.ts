import {
  type CreateUserRequest,
  type EmployerListResponse,
  EmployerListResponseSchema,
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

export function listEmployers(query: string, signal?: AbortSignal): Promise<EmployerListResponse> {
  const params = new URLSearchParams({ limit: String(EMPLOYER_PICKER_LIMIT) });
  if (query) params.set("q", query);
  return requestJson(`/api/employers?${params}`, EmployerListResponseSchema, { signal });
}
