// Child process of `pnpm bench checkin`: COUNT organiser dashboards, each a socket.io
// client joined to the fair's room. Every socket counts what it receives; a few also
// note when each check-in was announced (epoch ms) so the parent can compute latency.
import type { CheckInCreatedEvent, FairJoinAck } from "@xiezuo/contracts";
import { io as connect, type Socket } from "socket.io-client";

const url = process.env.BENCH_URL!;
const cookie = process.env.BENCH_COOKIE!;
const fairId = process.env.BENCH_FAIR_ID!;
const count = Number(process.env.BENCH_SOCKETS);
const SAMPLING_SOCKETS = 3;

const now = () => performance.timeOrigin + performance.now();
const sockets: Socket[] = [];
const received: number[] = Array(count).fill(0);
const announcedAt = new Map<string, number>();

async function open(index: number): Promise<void> {
  const socket = connect(`${url}/live`, {
    transports: ["websocket"],
    extraHeaders: { Cookie: cookie },
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const ack = await new Promise<FairJoinAck>((resolve) => socket.emit("fair:join", { fairId }, resolve));
  if (!ack.ok) throw new Error(`fair:join refused: ${ack.error.code}`);
  socket.on("checkin:created", (event: CheckInCreatedEvent & { checkInIds?: string[] }) => {
    received[index]! += 1;
    if (index < SAMPLING_SOCKETS) {
      const at = now();
      for (const id of event.checkInIds ?? [event.checkInId]) if (!announcedAt.has(id)) announcedAt.set(id, at);
    }
  });
}

for (let i = 0; i < count; i += 50) await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, k) => open(i + k)));
process.send?.({ ready: true });

process.on("message", (message: { report?: boolean; stop?: boolean }) => {
  if (message.report) {
    process.send?.({ report: { received, announcedAt: [...announcedAt] } });
  }
  if (message.stop) {
    for (const s of sockets) s.disconnect();
    process.exit(0);
  }
});
