import type { LiveClientToServerEvents, LiveServerToClientEvents } from "@xiezuo/contracts";
import type { Namespace, Server, Socket } from "socket.io";
import type { AuthUser } from "../http/auth-context.ts";

/** Nothing is sent between server processes except the adapter's own broadcasts. */
export type LiveInterServerEvents = Record<string, never>;

export interface LiveSocketData {
  user: AuthUser;
  /** Kept to re-check the session on every join: a revoked session cannot watch more rooms. */
  sessionToken: string;
}

export type LiveServer = Server<LiveClientToServerEvents, LiveServerToClientEvents, LiveInterServerEvents, LiveSocketData>;
export type LiveNamespace = Namespace<LiveClientToServerEvents, LiveServerToClientEvents, LiveInterServerEvents, LiveSocketData>;
export type LiveSocket = Socket<LiveClientToServerEvents, LiveServerToClientEvents, LiveInterServerEvents, LiveSocketData>;
