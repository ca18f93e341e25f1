// Declares a route once: the zod schemas validate the request, enforce the roles,
// filter the response (an allow-list, so a new column can never leak) and feed the
// OpenAPI document.
import type { Role } from "@xiezuo/contracts";
import type { Request, Response, Router } from "express";
import type { z } from "zod";
import { AppError, forbidden, unauthenticated } from "../lib/app-error.ts";
import { PLATFORM_SCOPE, type Scope } from "../lib/scope.ts";
import { findUnstorableText } from "../lib/storable-text.ts";
import type { AuthContext } from "./auth-context.ts";
import { issuesFromZod } from "./error-handler.ts";

type Method = "get" | "post" | "patch" | "put" | "delete";

/**
 * How a bureau account (a user of an organisation) is held to its jurisdiction on this route;
 * every route names one, so a new route cannot ship without its rule. The access matrix
 * checks each rule's behaviour from the own region, the parent region, a partner, an
 * unrelated region and the platform.
 * - `public`: no account, nothing personal (the job board, registration by the person).
 * - `self`: the caller's own account, seeker record or import only.
 * - `unscoped`: reads or writes nothing of a region (employers, positions, bureaus' names), or
 *   creates what then belongs to the caller (a fair it hosts, a seeker it registers).
 * - `platform-only`: a bureau account gets 403 (founding bureaus, the SMS outbox).
 * - `household`: the household's `regionCode` in the jurisdiction.
 * - `seeker`: the seeker's `homeRegionCode`, or one of its placements' `workRegionCode`.
 * - `placement`: the seeker's home side or the placement's work side.
 * - `fair`: the fair's host or a partner organisation, or a host region in the jurisdiction.
 * - `fair-host`: changing the fair itself: its host organisation or the platform.
 * - `fair-operator`: bringing employers to the fair: host, partner or platform.
 * - `intent`: the seeker is in scope (as `seeker`), or the intent was made at a fair in scope.
 * - `region-report`: a `regionCode` asked for must lie in the jurisdiction (default: its own).
 * - `users`: accounts of organisations in the jurisdiction and of employers located there.
 * - `transfer`: an organised transfer's exporting side (the planning organisation's region in the
 *   jurisdiction) or its destination side (`destinationRegionCode` in it); reads, arrivals, exceptions.
 * - `transfer-exporter`: running the transfer (members, boarding, departure): its exporting side only.
 * - `subsidy`: a subsidy rule or roster (免申即享) of an organisation whose region lies in the jurisdiction,
 *   or the platform; others 404.
 * - `organisation`: a bureau's own settings (its alert phone): that bureau or the platform; others 404.
 */
export type ScopeRule =
  | "public"
  | "self"
  | "unscoped"
  | "platform-only"
  | "household"
  | "seeker"
  | "placement"
  | "fair"
  | "fair-host"
  | "fair-operator"
  | "intent"
  | "region-report"
  | "users"
  | "transfer"
  | "transfer-exporter"
  | "subsidy"
  | "organisation";
type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  /** "public", or the roles allowed (others get 403, anonymous 401). */
  access: "public" | "signed-in" | readonly Role[];
  /** The jurisdiction rule the handler applies (see ScopeRule). */
  scope: ScopeRule;
  params?: P;
  query?: Q;
  body?: B;
  /** Status → response body schema (null for an empty body). */
  responses: Record<number, Schema | null>;
  /** The handler reads a multipart upload with its own parser; every other route answers multipart with 415. */
  multipart?: boolean;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  auth: AuthContext | undefined;
  /** The caller's jurisdiction; platform-wide for accounts without organisation. Public routes never read by it. */
  scope: Scope;
  req: Request;
  res: Response;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  /** A download (CSV, XLSX…) sent as is instead of JSON; `body` and the response schema are then unused. */
  file?: { contentType: string; filename: string; data: Buffer | string };
}

export type AnyRouteSpec = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

function parsePart<S extends Schema | undefined>(schema: S, value: unknown, where: string): Out<S> {
  if (!schema) return undefined as Out<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError("VALIDATION_FAILED", "请求参数不符合要求", { issues: issuesFromZod(result.error, [where]) });
  }
  const unstorable = findUnstorableText(result.data);
  if (unstorable) {
    throw new AppError("VALIDATION_FAILED", "请求参数不符合要求", {
      issues: [{ path: [where, ...unstorable.path], message: unstorable.message }],
    });
  }
  return result.data as Out<S>;
}

function checkAccess(access: AnyRouteSpec["access"], auth: AuthContext | undefined): void {
  if (access === "public") return;
  if (!auth) throw unauthenticated();
  if (access !== "signed-in" && !access.includes(auth.user.role)) throw forbidden();
}

export class RouteRegistry {
  readonly specs: AnyRouteSpec[] = [];

  define<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
    router: Router,
    spec: RouteSpec<P, Q, B>,
    handler: (input: RouteInput<Out<P>, Out<Q>, Out<B>>) => Promise<RouteResult> | RouteResult,
  ): void {
    this.specs.push(spec as AnyRouteSpec);
    router[spec.method](spec.path, async (req, res) => {
      // The JSON guard lets multipart through for upload routes; anywhere else it is the wrong media type.
      if (!spec.multipart && req.is("multipart/form-data")) {
        throw new AppError("UNSUPPORTED_MEDIA_TYPE", "请求体必须是 JSON（Content-Type: application/json）");
      }
      checkAccess(spec.access, req.auth);
      // A bureau account never reaches platform-only routes (founding bureaus, the SMS outbox).
      if (spec.scope === "platform-only" && req.auth && !req.auth.scope.platform) throw forbidden();
      const params = parsePart<P>(spec.params as P, req.params, "params");
      const query = parsePart<Q>(spec.query as Q, req.query, "query");
      const body = parsePart<B>(spec.body as B, spec.body ? (req.body ?? {}) : undefined, "body");
      if (!spec.body && req.body !== undefined && Object.keys(req.body as object).length > 0) {
        throw new AppError("VALIDATION_FAILED", "此接口不接受请求体", { issues: [{ path: ["body"], message: "不应有请求体" }] });
      }
      const scope = req.auth?.scope ?? PLATFORM_SCOPE;
      const result = await handler({ params, query, body, auth: req.auth, scope, req, res });
      if (result.file) {
        res.status(result.status).type(result.file.contentType).attachment(result.file.filename).send(result.file.data);
        return;
      }
      const schema = spec.responses[result.status];
      if (schema === undefined) throw new Error(`Route ${spec.method} ${spec.path} answered undeclared status ${result.status}`);
      if (schema === null) {
        res.status(result.status).end();
        return;
      }
      res.status(result.status).json(schema.parse(result.body));
    });
  }
}
