// Turns a registry spec into a concrete request: path parameters filled from the fixture
// world (resource chosen by the path segment before the parameter), then sent with supertest.
import request from "supertest";
import type { App } from "supertest/types.js";
import type { AnyRouteSpec } from "../../../apps/api/src/http/route.ts";
import type { SecurityWorld } from "./security-world.ts";

export type RouteKey = string;
export const routeKey = (spec: Pick<AnyRouteSpec, "method" | "path">): RouteKey => `${spec.method.toUpperCase()} ${spec.path}`;

export interface RequestParts {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** Raw body with its own Content-Type (for media-type and size checks). */
  raw?: { contentType: string; data: string | Buffer };
}

type Resource =
  | "fair"
  | "position"
  | "seeker"
  | "intent"
  | "placement"
  | "employer"
  | "user"
  | "import"
  | "registration"
  | "household"
  | "transfer"
  | "organisation"
  | "subsidyRule"
  | "roster"
  | "subsidyEntry";

/** Which object a path parameter names, from the segment before it (`/positions/:id` → position). */
const RESOURCE_OF_SEGMENT: Record<string, Resource> = {
  fairs: "fair",
  positions: "position",
  seekers: "seeker",
  intents: "intent",
  placements: "placement",
  employers: "employer",
  users: "user",
  imports: "import",
  registrations: "registration",
  verifications: "registration",
  households: "household",
  transfers: "transfer",
  organisations: "organisation",
  "subsidy-rules": "subsidyRule",
  rosters: "roster",
  entries: "subsidyEntry",
};

export function paramNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
}

export function resourceOfParam(path: string, name: string): Resource {
  const segments = path.split("/");
  const at = segments.indexOf(`:${name}`);
  const segment = segments[at - 1] ?? "";
  const resource = RESOURCE_OF_SEGMENT[segment];
  if (!resource) {
    throw new Error(
      `${path}: no fixture resource for ":${name}" after "/${segment}/". Classify it in RESOURCE_OF_SEGMENT (tests/security/support/route-requests.ts).`,
    );
  }
  return resource;
}

/** Ids of the neutral corner of the world: objects the role sweep may change without spoiling other checks. */
export function neutralParams(path: string, world: SecurityWorld): Record<string, string> {
  const ids: Record<Resource, () => string> = {
    fair: () => world.fairId,
    position: () => world.neutral.positionId,
    seeker: () => world.neutral.seeker.id,
    intent: () => world.neutral.intentId,
    placement: () => world.neutral.placementId,
    employer: () => world.neutral.employerId,
    user: () => world.neutral.staffUserId,
    import: () => world.neutral.importId,
    registration: () => world.neutral.registrationId,
    household: () => world.neutral.householdId,
    transfer: () => world.neutral.transferId,
    organisation: () => world.neutral.organisationId,
    subsidyRule: () => world.neutral.subsidy.ruleId,
    roster: () => world.neutral.subsidy.rosterId,
    subsidyEntry: () => world.neutral.subsidy.entryId,
  };
  return Object.fromEntries(paramNames(path).map((name) => [name, ids[resourceOfParam(path, name)]()]));
}

/** Queries a route cannot be called without (the rest take none or have defaults). */
export const REQUIRED_QUERIES: Record<RouteKey, Record<string, string>> = {
  "GET /reports/cooperation": { exportingRegionCode: "433126", importingRegionCode: "370100", from: "2026-01-01", to: "2026-12-31" },
};

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes out as its UTF-8 bytes. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
  }
}

export function fillPath(path: string, params: Record<string, string> = {}): string {
  return `/api${path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path}: no value for :${name}`);
    return encodeSegment(value);
  })}`;
}

export function sendRequest(app: App, spec: Pick<AnyRouteSpec, "method" | "path">, parts: RequestParts, cookie?: string) {
  let req = request(app)[spec.method](fillPath(spec.path, parts.params));
  if (cookie) req = req.set("Cookie", cookie);
  if (parts.query) req = req.query(parts.query as Record<string, string>);
  if (parts.raw) return req.set("Content-Type", parts.raw.contentType).send(parts.raw.data);
  if (parts.body !== undefined) return req.set("Content-Type", "application/json").send(JSON.stringify(parts.body));
  return req;
}
