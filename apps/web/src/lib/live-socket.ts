import { LIVE_NAMESPACE, type LiveClientToServerEvents, type LiveServerToClientEvents } from "@xiezuo/contracts";
import { io, type Socket } from "socket.io-client";

export type LiveSocket = Socket<LiveServerToClientEvents, LiveClientToServerEvents>;

/**
 * A socket on the live namespace, same origin, authenticated by the session cookie. WebSocket
 * only: behind a load balancer without sticky sessions (deploy/nginx/xiezuo.conf), HTTP
 * long-polling would send a connection's requests to different hosts; one upgraded
 * connection stays on the host that took it, and a reconnect may land on any other.
 */
export function openLiveSocket(reconnect: { delayMs: number; maxDelayMs: number }): LiveSocket {
  return io(LIVE_NAMESPACE, {
    transports: ["websocket"],
    withCredentials: true,
    reconnectionDelay: reconnect.delayMs,
    reconnectionDelayMax: reconnect.maxDelayMs,
  });
}
