// Shared judgements on an API answer: the contract's error body, and traces of data the
// caller must not see.
import { ApiErrorSchema, ERROR_STATUS, type ErrorCode } from "@xiezuo/contracts";
import type { Response } from "supertest";
import type { Persona, SecurityWorld } from "./security-world.ts";

/** The body as text, whatever its type (JSON, CSV, a binary download). */
export function responseText(res: Response): string {
  if (typeof res.text === "string" && res.text.length > 0) return res.text;
  if (Buffer.isBuffer(res.body)) return res.body.toString("latin1");
  return JSON.stringify(res.body ?? "");
}

/** Why the answer is not the contract's error body for its status, or null when it is. */
export function describeErrorBodyProblem(res: Response): string | null {
  if (!String(res.headers["content-type"] ?? "").startsWith("application/json")) return `content-type ${res.headers["content-type"]}`;
  const parsed = ApiErrorSchema.safeParse(res.body);
  if (!parsed.success) return `not an error body: ${responseText(res).slice(0, 300)}`;
  const expected = ERROR_STATUS[parsed.data.error.code as ErrorCode];
  if (expected !== res.status) return `code ${parsed.data.error.code} means ${expected}, answered ${res.status}`;
  return null;
}

/** A refusal carries nothing but the code, a message and the request id. */
export function isBareRefusal(res: Response, code: ErrorCode): boolean {
  const error = (res.body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error || Object.keys(res.body as object).length !== 1) return false;
  return error.code === code && typeof error.message === "string" && Object.keys(error).sort().join(",") === "code,message,requestId";
}

/** Names, ids and usernames the persona must never find in an answer (outside routes about itself). */
export function foreignMarkers(w: SecurityWorld, persona: Persona): string[] {
  const everyone = {
    seekers: w.seekers,
    intents: [w.mine.intentId, w.other.intentId, w.neutral.intentId, w.self.intentId, w.stranger.intentId],
    placements: [w.mine.placementId, w.other.placementId, w.neutral.placementId],
    usernames: [
      w.mine.username,
      w.other.username,
      w.neutral.username,
      w.admin.username,
      w.staff.username,
      w.self.username,
      w.stranger.username,
    ],
  };
  switch (persona) {
    case "ADMIN":
    case "STAFF":
      return [];
    case "ANONYMOUS":
      return [...everyone.seekers.flatMap((s) => [s.id, s.name]), ...everyone.intents, ...everyone.placements, ...everyone.usernames];
    case "SEEKER":
      return [
        ...everyone.seekers.filter((s) => s.id !== w.self.seeker.id).flatMap((s) => [s.id, s.name]),
        ...everyone.intents.filter((id) => id !== w.self.intentId),
        ...everyone.placements,
        ...everyone.usernames.filter((u) => u !== w.self.username),
      ];
    case "EMPLOYER":
      // The neutral seeker is left out: the own/other checks may put it on one of our positions.
      return [
        ...[w.other.seeker, w.other.applicant, w.self.seeker, w.stranger.seeker].map((s) => s.name),
        w.other.intentId,
        w.neutral.intentId,
        w.self.intentId,
        w.stranger.intentId,
        w.other.placementId,
        w.neutral.placementId,
        ...everyone.usernames.filter((u) => u !== w.mine.username),
      ];
  }
}

export function findMarkers(text: string, markers: string[]): string[] {
  return markers.filter((m) => m.length > 0 && text.includes(m));
}
