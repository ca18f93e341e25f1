export { AUTH_USER_FIELDS, createAuthRepository } from "./auth.repository.ts";
export { createAuthRoutes, toUserView } from "./auth.routes.ts";
export { type AuthService, createAuthService, type SessionPolicy } from "./auth.service.ts";
export { loadSession, readSessionToken, setSessionCookie } from "./session.middleware.ts";
