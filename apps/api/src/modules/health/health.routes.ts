import { HealthResponseSchema, SearchDegradedReasonSchema } from "@xiezuo/contracts";
import { Router } from "express";
import { z } from "zod";
import type { RouteRegistry } from "../../http/route.ts";

const HealthDownSchema = z.object({
  status: z.literal("unavailable"),
  db: z.literal("down"),
  search: z.enum(["ok", "degraded"]),
  searchReason: SearchDegradedReasonSchema.optional(),
});

export type SearchHealth = { ok: true } | { ok: false; reason: "unreachable" | "rebuilding" };

export interface HealthProbes {
  database(): Promise<boolean>;
  search(): Promise<SearchHealth>;
}

export function createHealthRoutes(registry: RouteRegistry, probes: HealthProbes): Router {
  const router = Router();
  registry.define(
    router,
    {
      method: "get",
      path: "/health",
      tag: "health",
      summary: "Liveness of the API and its database; search may be degraded",
      access: "public",
      scope: "public",
      responses: { 200: HealthResponseSchema, 503: HealthDownSchema },
    },
    async () => {
      const [db, search] = await Promise.all([probes.database(), probes.search()]);
      const searchState = search.ok ? { search: "ok" as const } : { search: "degraded" as const, searchReason: search.reason };
      if (!db) return { status: 503, body: { status: "unavailable", db: "down", ...searchState } };
      return { status: 200, body: { status: "ok", db: "ok", ...searchState } };
    },
  );
  return router;
}
