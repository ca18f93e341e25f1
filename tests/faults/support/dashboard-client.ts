// A fair dashboard as the web app runs one, from another machine: a Socket.IO client with
// the WebSocket transport only (no sticky sessions at the load balancer), joined to the
// fair's room, collecting the check-in ids it is told of. After a reconnect it joins again
// and catches up from the timeline (GET /api/fairs/:id/checkins/timeline), as the page does.
import type { CheckInCreatedEvent, CheckInTimelineResponse, FairJoinAck } from "@xiezuo/contracts";
import { io as connect, type Socket } from "socket.io-client";
import { PROBE_HEADER } from "./nginx-host.ts";

export interface CatchUp {
  /** Check-ins acknowledged to desks before the timeline was asked for. */
  acknowledgedBefore: number;
  /** What the timeline answered (minus the HTTP status when it refused). */
  timelineCheckIns: number;
}

export interface Dashboard {
  readonly probe: string;
  readonly seen: Set<string>;
  /** The largest `checkIns` figure an event or the timeline gave: what the screen shows. */
  shown(): number;
  disconnects(): number;
  catchUps: CatchUp[];
  close(): void;
}

export async function openDashboard(input: {
  baseUrl: string;
  cookie: string;
  fairId: string;
  probe: string;
  acknowledged: () => number;
}): Promise<Dashboard> {
  const socket: Socket = connect(`${input.baseUrl}/live`, {
    transports: ["websocket"],
    extraHeaders: { Cookie: input.cookie, [PROBE_HEADER]: input.probe },
    reconnectionDelay: 200,
    reconnectionDelayMax: 1_000,
  });
  const seen = new Set<string>();
  const catchUps: CatchUp[] = [];
  let shown = 0;
  let disconnects = 0;
  let joins = 0;
  socket.on("checkin:created", (event: CheckInCreatedEvent) => {
    if (event.fairId !== input.fairId) return;
    for (const id of event.checkInIds) seen.add(id);
    shown = Math.max(shown, event.checkIns);
  });
  socket.on("disconnect", () => disconnects++);

  const joined = new Promise<void>((resolve, reject) => {
    socket.on("connect", async () => {
      const ack: FairJoinAck = await socket.timeout(5_000).emitWithAck("fair:join", { fairId: input.fairId });
      if (!ack.ok) return reject(new Error(`${input.probe}: fair:join refused (${ack.error.code})`));
      joins++;
      if (joins === 1) return resolve();
      // A reconnect: what was missed while away comes from the timeline, through the balancer.
      const acknowledgedBefore = input.acknowledged();
      const res = await fetch(`${input.baseUrl}/api/fairs/${input.fairId}/checkins/timeline`, {
        headers: { Cookie: input.cookie, [PROBE_HEADER]: input.probe },
      });
      if (res.status !== 200) {
        // Recorded, so that the test fails on it: a catch-up that could not read the timeline.
        catchUps.push({ acknowledgedBefore, timelineCheckIns: -res.status });
        return;
      }
      const { timeline } = (await res.json()) as CheckInTimelineResponse;
      catchUps.push({ acknowledgedBefore, timelineCheckIns: timeline.checkIns });
      shown = Math.max(shown, timeline.checkIns);
    });
    socket.on("connect_error", (error) => {
      if (joins === 0 && !socket.active) reject(error);
    });
  });
  await joined;
  return {
    probe: input.probe,
    seen,
    shown: () => shown,
    disconnects: () => disconnects,
    catchUps,
    close: () => socket.close(),
  };
}
