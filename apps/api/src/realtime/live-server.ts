// The typed Socket.IO server of the live fair screens: namespace /live, session cookie
// auth, same-origin check, rooms per fair, and the PostgreSQL adapter so a broadcast on
// one API process reaches clients connected to any other.
import type http from "node:http";
import { createAdapter } from "@socket.io/postgres-adapter";
import { type ErrorCode, type FairJoinAck, FairJoinRequestSchema, fairRoom, LIVE_NAMESPACE } from "@xiezuo/contracts";
import pg from "pg";
import { Server } from "socket.io";
import type { AuthContext, AuthUser } from "../http/auth-context.ts";
import type { Logger } from "../lib/logger.ts";
import { readSessionToken } from "../modules/auth/index.ts";
import type { BindableLiveEvents } from "./live-events.ts";
import type { LiveServer } from "./live-types.ts";

export interface LiveServerDeps {
  resolveSession(token: string): Promise<AuthContext | null>;
  canWatchFair(user: AuthUser, fairId: string): Promise<ErrorCode | null>;
  events: BindableLiveEvents;
  logger: Logger;
  trustProxy: number;
}

export interface RealtimeHandle {
  io: LiveServer;
  /** Closes every socket, the adapter, its pool and the HTTP server it is attached to. */
  close(): Promise<void>;
}

/** Browsers always send Origin on WebSocket and cross-site requests: it must name our own host. */
function isSameOrigin(req: http.IncomingMessage, trustProxy: number): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const forwarded =
    trustProxy > 0
      ? String(req.headers["x-forwarded-host"] ?? "")
          .split(",")[0]
          ?.trim()
      : "";
  const host = forwarded || req.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function connectError(code: ErrorCode): Error {
  return Object.assign(new Error(code), { data: { code } });
}

export function attachLiveServer(
  httpServer: http.Server,
  options: { databaseUrl: string; poolSize?: number },
  deps: LiveServerDeps,
): RealtimeHandle {
  const { logger } = deps;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 4 });
  pool.on("error", (error) => logger.warn({ err: error }, "live adapter pool error"));

  const io: LiveServer = new Server(httpServer, {
    serveClient: false,
    // Clients only ever send a small fair:join.
    maxHttpBufferSize: 16 * 1024,
    allowRequest: (req, callback) => callback(null, isSameOrigin(req, deps.trustProxy)),
    adapter: createAdapter(pool, { errorHandler: (error) => logger.warn({ err: error }, "live adapter error") }),
  });
  // Nothing is served on the main namespace.
  io.of("/").use((_socket, next) => next(connectError("NOT_FOUND")));

  const live = io.of(LIVE_NAMESPACE);
  live.use(async (socket, next) => {
    try {
      const token = readSessionToken(socket.handshake.headers.cookie);
      const auth = token ? await deps.resolveSession(token) : null;
      if (!token || !auth) return next(connectError("UNAUTHENTICATED"));
      socket.data.user = auth.user;
      socket.data.sessionToken = token;
      next();
    } catch (error) {
      logger.error({ err: error }, "live handshake failed");
      next(connectError("INTERNAL"));
    }
  });

  live.on("connection", (socket) => {
    socket.on("fair:join", async (request: unknown, ack: unknown) => {
      const reply = typeof ack === "function" ? (ack as (answer: FairJoinAck) => void) : () => {};
      const parsed = FairJoinRequestSchema.safeParse(request);
      if (!parsed.success) return reply({ ok: false, error: { code: "VALIDATION_FAILED" } });
      try {
        const auth = await deps.resolveSession(socket.data.sessionToken);
        if (!auth) {
          reply({ ok: false, error: { code: "UNAUTHENTICATED" } });
          socket.disconnect(true);
          return;
        }
        socket.data.user = auth.user;
        const denied = await deps.canWatchFair(auth.user, parsed.data.fairId);
        if (denied) return reply({ ok: false, error: { code: denied } });
        await socket.join(fairRoom(parsed.data.fairId));
        reply({ ok: true });
      } catch (error) {
        logger.error({ err: error }, "fair:join failed");
        reply({ ok: false, error: { code: "INTERNAL" } });
      }
    });

    socket.on("fair:leave", async (request: unknown, ack: unknown) => {
      const reply = typeof ack === "function" ? (ack as (answer: FairJoinAck) => void) : () => {};
      const parsed = FairJoinRequestSchema.safeParse(request);
      if (!parsed.success) return reply({ ok: false, error: { code: "VALIDATION_FAILED" } });
      await socket.leave(fairRoom(parsed.data.fairId));
      reply({ ok: true });
    });
  });

  deps.events.bind(live);

  return {
    io,
    async close() {
      deps.events.bind(null);
      await io.close();
      await pool.end();
    },
  };
}
