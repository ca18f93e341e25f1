import type { Role } from "@xiezuo/contracts";

export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  employerId: string | null;
  seekerId: string | null;
  displayName: string | null;
}

export interface AuthContext {
  user: AuthUser;
  sessionId: string;
}

declare global {
  namespace Express {
    interface Request {
      requestId: string;
      auth?: AuthContext;
    }
  }
}
