import type { LoginRequest } from "@xiezuo/contracts";
import type { AuthContext, AuthUser } from "../../http/auth-context.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Clock } from "../../lib/clock.ts";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../../lib/password.ts";
import type { RateLimitStore } from "../../lib/rate-limit-store.ts";
import { scopeOf } from "../../lib/scope.ts";
import type { AuthRepository } from "./auth.repository.ts";
import { createSessionToken, sessionIdFromToken } from "./session-token.ts";

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
  maxLoginFailures: number;
  loginWindowMinutes: number;
}

/** Writing lastSeenAt on every request would make every read a write. */
const TOUCH_INTERVAL_MS = 60_000;
/** One address may try several usernames (a shared desk), but not endlessly. */
const IP_FAILURE_FACTOR = 4;

/** Live sockets opened with a session, on every API process; dropped when the session is revoked. */
export interface SessionSockets {
  disconnectSession(sessionId: string): void;
}

export function createAuthService(deps: {
  auth: AuthRepository;
  rateLimits: RateLimitStore;
  clock: Clock;
  policy: SessionPolicy;
  sockets?: SessionSockets;
}) {
  const { auth, rateLimits, clock, policy, sockets } = deps;
  const windowMs = policy.loginWindowMinutes * 60_000;

  async function assertNotLockedOut(keys: { key: string; max: number }[]) {
    for (const { key, max } of keys) {
      const state = await rateLimits.peek(key);
      if (state && state.count >= max) {
        const minutes = Math.max(1, Math.ceil((state.resetAt.getTime() - clock.now().getTime()) / 60_000));
        throw new AppError("RATE_LIMITED", `登录失败次数过多，请 ${minutes} 分钟后再试`);
      }
    }
  }

  /** A new session (a new id every time, so a planted cookie is never promoted); returns the cookie token. */
  async function startSession(userId: string): Promise<{ token: string }> {
    const token = createSessionToken();
    const now = clock.now();
    await auth.createSession({
      id: sessionIdFromToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
    });
    return { token };
  }

  return {
    startSession,

    async login(input: LoginRequest, client: { ip: string }): Promise<{ token: string; user: AuthUser }> {
      const userKey = `login:user:${input.username.toLowerCase()}`;
      const ipKey = `login:ip:${client.ip}`;
      const limits = [
        { key: userKey, max: policy.maxLoginFailures },
        { key: ipKey, max: policy.maxLoginFailures * IP_FAILURE_FACTOR },
      ];
      await assertNotLockedOut(limits);

      const found = await auth.findUserForLogin(input.username);
      const valid = await verifyPassword(input.password, found?.passwordHash ?? DUMMY_PASSWORD_HASH);
      // Job seekers sign in only with a one-time code sent to their phone (modules/registrations).
      if (!found || !valid || found.disabledAt || found.role === "SEEKER") {
        await Promise.all(limits.map((l) => rateLimits.hit(l.key, windowMs)));
        throw new AppError("UNAUTHENTICATED", "用户名或密码不正确");
      }
      await rateLimits.clear(userKey);

      const { token } = await startSession(found.id);
      const { passwordHash: _hash, disabledAt: _disabled, organisation: _organisation, ...user } = found;
      return { token, user };
    },

    /** The session behind a cookie token, or null when it is unknown, revoked, idle or expired. */
    async resolveSession(token: string): Promise<AuthContext | null> {
      const session = await auth.findSession(sessionIdFromToken(token));
      if (!session || session.revokedAt || session.user.disabledAt) return null;
      const now = clock.now();
      if (session.expiresAt <= now) return null;
      if (now.getTime() - session.lastSeenAt.getTime() > policy.idleMinutes * 60_000) return null;
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await auth.touchSession(session.id, now);
      const { disabledAt: _disabled, ...user } = session.user;
      return { sessionId: session.id, user, scope: scopeOf(session) };
    },

    async logout(sessionId: string): Promise<void> {
      await auth.revokeSession(sessionId, clock.now());
      sockets?.disconnectSession(sessionId);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
