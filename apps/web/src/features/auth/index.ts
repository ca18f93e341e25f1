// Front door of auth: the staff sign-in page, the session calls and how roles are named.
export { findCurrentUser, login, logout } from "./auth-api.ts";
export { LoginPage } from "./login-page.tsx";
export { getDisplayName, ROLE_LABELS } from "./role-labels.ts";
