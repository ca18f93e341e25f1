// A test app listening on a free loopback port with its Socket.IO server attached, and
// /live clients that are all disconnected when the server closes.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { LiveClientToServerEvents, LiveServerToClientEvents } from "@xiezuo/contracts";
import { io as connect, type Socket } from "socket.io-client";
import type { EventBudgetPolicy } from "../realtime/event-budget.ts";
import type { RealtimeHandle } from "../realtime/live-server.ts";
import type { TestApp } from "./test-app.ts";

export type LiveClient = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

export interface LiveTestServer {
  server: http.Server;
  realtime: RealtimeHandle;
  baseUrl: string;
  /** A /live client sending these headers (e.g. Cookie, Origin); not yet connected. */
  open(headers: Record<string, string>): LiveClient;
  close(): Promise<void>;
}

export async function startLiveTestServer(
  t: Pick<TestApp, "app" | "attachRealtime" | "databaseUrl">,
  options: { eventBudget?: EventBudgetPolicy } = {},
): Promise<LiveTestServer> {
  const server = http.createServer(t.app);
  const realtime = t.attachRealtime(server, { databaseUrl: t.databaseUrl, ...options });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: LiveClient[] = [];
  return {
    server,
    realtime,
    baseUrl,
    open(headers) {
      const client: LiveClient = connect(`${baseUrl}/live`, {
        transports: ["websocket"],
        extraHeaders: headers,
        reconnection: false,
        forceNew: true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.disconnect();
      await realtime.close();
    },
  };
}

/** Resolves with the client once connected; rejects with the server's refusal. */
export function connected(client: LiveClient): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    client.once("connect", () => resolve(client));
    client.once("connect_error", reject);
  });
}
