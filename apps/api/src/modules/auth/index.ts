export { createAuthRepository } from "./auth.repository.ts";
export { toUserView, createAuthRoutes } from "./auth.routes.ts";
export { createAuthService, type AuthService, type SessionPolicy } from "./auth.service.ts";
export { loadSession, readSessionToken } from "./session.middleware.ts";
