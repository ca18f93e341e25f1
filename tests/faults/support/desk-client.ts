// A fair desk as the web app's offline queue behaves: one check-in at a time, each with
// its clientRequestId; a request without an answer (connection refused or reset, timeout,
// 5xx) is sent again with the SAME clientRequestId until it is acknowledged.
import http from "node:http";

export interface CheckInAck {
  clientRequestId: string;
  seekerId: string;
  checkInId: string;
  status: number;
  duplicate: boolean;
  /** Attempts it took (1 = answered the first time). */
  attempts: number;
}

export interface DeskResult {
  sent: number;
  acks: CheckInAck[];
  /** Attempts that got no answer (network error, timeout) or a 5xx. */
  failedAttempts: number;
  /** Requests never acknowledged before the deadline. */
  unacknowledged: string[];
}

function post(agent: http.Agent, url: URL, cookie: string, body: unknown, timeoutMs: number) {
  return new Promise<{ status: number; body: { checkIn?: { id: string }; duplicate?: boolean } }>((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port || 80,
        method: "POST",
        path: url.pathname,
        headers: { Cookie: cookie, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) },
        timeout: timeoutMs,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} });
          } catch (error) {
            reject(error);
          }
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(payload);
  });
}

export async function runDesk(input: {
  baseUrl: () => string;
  cookie: string;
  fairId: string;
  requests: { clientRequestId: string; seekerId: string }[];
  deadline: number;
  retryDelayMs?: number;
  onAck?: (ack: CheckInAck) => void;
}): Promise<DeskResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const result: DeskResult = { sent: 0, acks: [], failedAttempts: 0, unacknowledged: [] };
  try {
    for (const request of input.requests) {
      result.sent++;
      let attempts = 0;
      for (;;) {
        if (Date.now() > input.deadline) {
          result.unacknowledged.push(request.clientRequestId);
          break;
        }
        attempts++;
        const url = new URL(`/api/fairs/${input.fairId}/checkins`, input.baseUrl());
        const answer = await post(agent, url, input.cookie, request, 5_000).catch(() => null);
        if (answer && (answer.status === 200 || answer.status === 201) && answer.body.checkIn) {
          const ack = {
            ...request,
            checkInId: answer.body.checkIn.id,
            status: answer.status,
            duplicate: answer.body.duplicate === true,
            attempts,
          };
          result.acks.push(ack);
          input.onAck?.(ack);
          break;
        }
        if (answer && answer.status < 500) throw new Error(`check-in answered ${answer.status} ${JSON.stringify(answer.body)}`);
        result.failedAttempts++;
        await new Promise((resolve) => setTimeout(resolve, input.retryDelayMs ?? 100));
      }
    }
  } finally {
    agent.destroy();
  }
  return result;
}
