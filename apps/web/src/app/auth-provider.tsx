import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { LoginRequest, User } from "@xiezuo/contracts";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { findCurrentUser, login, logout } from "../features/auth/index.ts";
import { clearCachedBadgeToken } from "../features/me/index.ts";
import { isAbortError, setUnauthenticatedHandler } from "../lib/api-client.ts";
import { forgetEverything, PERSIST } from "../lib/query-client.ts";

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

/** The session check's query: persisted (account name and role only), so a desk reloaded offline still knows who works it. */
export const AUTH_QUERY_KEY = ["auth", "me"] as const;

/**
 * The signed-in user comes from `GET /api/auth/me` through TanStack Query. The session itself
 * is an HttpOnly cookie; the account (id, name, role) is kept with the offline cache so a
 * reload without network keeps the desk working, and forgotten at sign-out.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<SignedOutReason>("no-session");
  const me = useQuery({
    queryKey: AUTH_QUERY_KEY,
    queryFn: ({ signal }) => findCurrentUser(signal),
    meta: PERSIST,
    staleTime: 60_000,
  });

  // Any API call answering 401 means the session has expired: show the sign-in page.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (!queryClient.getQueryData(AUTH_QUERY_KEY)) return;
      setReason("expired");
      queryClient.setQueryData(AUTH_QUERY_KEY, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  const signIn = useCallback(
    async (credentials: LoginRequest) => {
      const user = await login(credentials);
      // Another account may have used this device: nothing of theirs stays in the cache.
      forgetEverything(queryClient);
      queryClient.setQueryData(AUTH_QUERY_KEY, user);
      return user;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    // A seeker's saved QR badge leaves the phone with the session (someone else may use it next).
    clearCachedBadgeToken();
    try {
      await logout();
    } finally {
      forgetEverything(queryClient);
      setReason("logged-out");
      queryClient.setQueryData(AUTH_QUERY_KEY, null);
    }
  }, [queryClient]);

  const refetch = me.refetch;
  const retry = useCallback(() => void refetch(), [refetch]);

  // Offline, a failed re-check keeps the last known account: the desk goes on queueing scans.
  const { data, isError, error } = me;
  const state = useMemo<AuthState>(
    () =>
      data !== undefined
        ? data
          ? { status: "signed-in", user: data, error: null }
          : signedOut(reason)
        : isError && !isAbortError(error)
          ? { status: "error", user: null, error }
          : { status: "loading", user: null, error: null },
    [data, isError, error, reason],
  );

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
