import type { Role } from "@xiezuo/contracts";
import type { Scope } from "../lib/scope.ts";

export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  employerId: string | null;
  /** The bureau of an ADMIN or STAFF account; null = platform-wide. */
  organisationId: string | null;
  seekerId: string | null;
  displayName: string | null;
}

export interface AuthContext {
  user: AuthUser;
  sessionId: string;
  /** Built once from the session: what the user may see (lib/scope.ts). */
  scope: Scope;
}

declare global {
  namespace Express {
    interface Request {
      requestId: string;
      auth?: AuthContext;
    }
  }
}
