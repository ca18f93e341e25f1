import { type LoginRequest, type User, UserResponseSchema } from "@xiezuo/contracts";
import { isApiRequestError, requestJson, requestNoContent } from "../../lib/api-client.ts";

export async function login(credentials: LoginRequest): Promise<User> {
  const { user } = await requestJson("/api/auth/login", UserResponseSchema, {
    method: "POST",
    body: credentials,
    ignoreUnauthenticated: true,
    errorMessages: { UNAUTHENTICATED: "用户名或密码不正确" },
  });
  return user;
}

export async function logout(): Promise<void> {
  await requestNoContent("/api/auth/logout", { method: "POST", ignoreUnauthenticated: true });
}

/** The signed-in user, or null when there is no valid session (401). */
export async function findCurrentUser(signal?: AbortSignal): Promise<User | null> {
  try {
    const { user } = await requestJson("/api/auth/me", UserResponseSchema, {
      signal,
      ignoreUnauthenticated: true,
    });
    return user;
  } catch (error) {
    if (isApiRequestError(error) && error.status === 401) return null;
    throw error;
  }
}
