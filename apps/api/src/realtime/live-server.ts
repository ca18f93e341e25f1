// The typed Socket.IO server of the live fair screens: namespace /live, session cookie
// auth, same-origin check, rooms per fair and per transfer, and the PostgreSQL adapter so a broadcast on
// one API process reaches clients connected to any other.
import type http from "node:http";
import { createAdapter } from "@socket.io/postgres-adapter";
import {
  type ErrorCode,
  type FairJoinAck,
  FairJoinRequestSchema,
  fairRoom,
  LIVE_NAMESPACE,
  seekerRoom,
  TransferJoinRequestSchema,
  transferRoom,
} from "@xiezuo/contracts";
import pg from "pg";
import { Server } from "socket.io";
import type { AuthContext } from "../http/auth-context.ts";
import type { Logger } from "../lib/logger.ts";
import { PG_SESSION_OPTIONS } from "../lib/prisma.ts";
import { readSessionToken } from "../modules/auth/index.ts";
import { createEventBudget, DEFAULT_EVENT_BUDGET, type EventBudgetPolicy } from "./event-budget.ts";
import { type BindableLiveEvents, sessionRoom, userRoom } from "./live-events.ts";
import type { LiveServer, LiveSocket } from "./live-types.ts";

export interface LiveServerDeps {
  resolveSession(token: string): Promise<AuthContext | null>;
  canWatchFair(auth: AuthContext, fairId: string): Promise<ErrorCode | null>;
  /** Who may watch an organised transfer's counts: whoever may read the transfer. */
  canWatchTransfer(auth: AuthContext, transferId: string): Promise<ErrorCode | null>;
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

/**
 * Every event a client sends spends a token of its socket's budget. Over budget: the ack
 * answers RATE_LIMITED and the event is not handled (a fair:join costs a session lookup and
 * a fair query); a client that keeps flooding is disconnected.
 */
function limitEvents(socket: LiveSocket, policy: EventBudgetPolicy, logger: Logger): void {
  const budget = createEventBudget(policy);
  socket.use((packet, next) => {
    const verdict = budget.take();
    if (verdict === "allow") return next();
    const ack = packet[packet.length - 1];
    if (typeof ack === "function") (ack as (answer: FairJoinAck) => void)({ ok: false, error: { code: "RATE_LIMITED" } });
    if (verdict === "disconnect") {
      logger.warn({ userId: socket.data.user?.id, event: String(packet[0]) }, "live socket dropped for flooding");
      socket.disconnect(true);
    }
  });
}

/** The rooms a client may ask to watch: `<kind>:join` and `<kind>:leave`, each request naming one id. */
const WATCHABLE = {
  fair: { id: FairJoinRequestSchema.transform((r) => r.fairId), room: fairRoom },
  transfer: { id: TransferJoinRequestSchema.transform((r) => r.transferId), room: transferRoom },
} as const;

/**
 * Joining and leaving one kind of room: the session is re-checked at every join (a revoked
 * one is refused and dropped), then `canWatch` decides; leaving needs no check.
 */
function handleRooms(
  socket: LiveSocket,
  deps: Pick<LiveServerDeps, "resolveSession" | "logger">,
  kind: keyof typeof WATCHABLE,
  canWatch: (auth: AuthContext, id: string) => Promise<ErrorCode | null>,
): void {
  const { id: idOf, room } = WATCHABLE[kind];
  const replyOf = (ack: unknown) => (typeof ack === "function" ? (ack as (answer: FairJoinAck) => void) : () => {});
  socket.on(`${kind}:join` as const, async (request: unknown, ack: unknown) => {
    const reply = replyOf(ack);
    const parsed = idOf.safeParse(request);
    if (!parsed.success) return reply({ ok: false, error: { code: "VALIDATION_FAILED" } });
    try {
      const auth = await deps.resolveSession(socket.data.sessionToken);
      if (!auth) {
        reply({ ok: false, error: { code: "UNAUTHENTICATED" } });
        socket.disconnect(true);
        return;
      }
      socket.data.user = auth.user;
      const denied = await canWatch(auth, parsed.data);
      if (denied) return reply({ ok: false, error: { code: denied } });
      await socket.join(room(parsed.data));
      reply({ ok: true });
    } catch (error) {
      deps.logger.error({ err: error }, `${kind}:join failed`);
      reply({ ok: false, error: { code: "INTERNAL" } });
    }
  });
  socket.on(`${kind}:leave` as const, async (request: unknown, ack: unknown) => {
    const reply = replyOf(ack);
    const parsed = idOf.safeParse(request);
    if (!parsed.success) return reply({ ok: false, error: { code: "VALIDATION_FAILED" } });
    await socket.leave(room(parsed.data));
    reply({ ok: true });
  });
}

export function attachLiveServer(
  httpServer: http.Server,
  options: { databaseUrl: string; poolSize?: number; eventBudget?: EventBudgetPolicy },
  deps: LiveServerDeps,
): RealtimeHandle {
  const { logger } = deps;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 4, options: PG_SESSION_OPTIONS });
  pool.on("error", (error) => logger.warn({ err: error.message }, "live adapter pool error"));
  // The adapter keeps one client checked out for LISTEN and watches only its "end": when
  // PostgreSQL restarts, that client's "error" would be unhandled and kill the process.
  // Handle it, and release the dead client with the error so the pool drops it (its slot
  // is not leaked); the adapter then reconnects on "end" with a fresh client.
  pool.on("connect", (client) => {
    client.on("error", (error) => {
      logger.warn({ err: error.message }, "live adapter connection lost; it reconnects");
      try {
        (client as pg.PoolClient).release(error);
      } catch {
        // Idle or already released: the pool's own handler drops it.
      }
    });
  });

  const io: LiveServer = new Server(httpServer, {
    serveClient: false,
    // Clients only ever send small join and leave requests.
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
      // Server-side rooms: logout and disabling an account drop these sockets on every process.
      await socket.join([userRoom(auth.user.id), sessionRoom(auth.sessionId)]);
      next();
    } catch (error) {
      logger.error({ err: error }, "live handshake failed");
      next(connectError("INTERNAL"));
    }
  });

  live.on("connection", (socket) => {
    // A job seeker hears only about their own intents; fair rooms stay closed to them (canWatchFair).
    const { role, seekerId } = socket.data.user;
    if (role === "SEEKER" && seekerId) void socket.join(seekerRoom(seekerId));
    limitEvents(socket, options.eventBudget ?? DEFAULT_EVENT_BUDGET, logger);
    handleRooms(socket, deps, "fair", deps.canWatchFair);
    handleRooms(socket, deps, "transfer", deps.canWatchTransfer);
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
