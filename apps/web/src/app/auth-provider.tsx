import type { LoginRequest, User } from "@xiezuo/contracts";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { findCurrentUser, login, logout } from "../features/auth/auth-api.ts";
import { clearCachedBadgeToken } from "../features/me/badge-cache.ts";
import { isAbortError, setUnauthenticatedHandler } from "../lib/api-client.ts";

export type AuthState =
  | { status: "loading"; user: null; error: null }
  | { status: "signed-in"; user: User; error: null }
  | { status: "signed-out"; user: null; error: null; reason: SignedOutReason }
  /** The session could not be checked (network, server down): not the same as signed out. */
  | { status: "error"; user: null; error: unknown };

/** Why nobody is signed in: decides whether the sign-in page remembers the last page. */
export type SignedOutReason = "no-session" | "logged-out" | "expired";

export interface AuthContextValue {
  state: AuthState;
  signIn: (credentials: LoginRequest) => Promise<User>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

function signedOut(reason: SignedOutReason): AuthState {
  return { status: "signed-out", user: null, error: null, reason };
}

/**
 * Holds the signed-in user in memory only. The session itself is an HttpOnly cookie;
 * nothing about the user is written to localStorage or sessionStorage.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: "loading", user: null, error: null });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    const controller = new AbortController();
    findCurrentUser(controller.signal).then(
      (user) => setState(user ? { status: "signed-in", user, error: null } : signedOut("no-session")),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: "error", user: null, error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // Any API call answering 401 means the session has expired: show the sign-in page.
  useEffect(() => {
    setUnauthenticatedHandler(() => setState((previous) => (previous.status === "signed-in" ? signedOut("expired") : previous)));
    return () => setUnauthenticatedHandler(null);
  }, []);

  const signIn = useCallback(async (credentials: LoginRequest) => {
    const user = await login(credentials);
    setState({ status: "signed-in", user, error: null });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    // A seeker's saved QR badge leaves the phone with the session (someone else may use it next).
    clearCachedBadgeToken();
    try {
      await logout();
    } finally {
      setState(signedOut("logged-out"));
    }
  }, []);

  const retry = useCallback(() => {
    setState({ status: "loading", user: null, error: null });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, retry }), [state, signIn, signOut, retry]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
}

/** For pages behind RequireAuth, where a user is guaranteed. */
export function useCurrentUser(): User {
  const { state } = useAuth();
  if (state.status !== "signed-in") throw new Error("useCurrentUser needs a signed-in user");
  return state.user;
}
