// OpenAPI 3.1 document generated from the same zod schemas that validate requests.
import { ApiErrorSchema, ERROR_STATUS } from "@xiezuo/contracts";
import { z } from "zod";
import type { AnyRouteSpec } from "./route.ts";

function jsonSchema(schema: z.ZodType, io: "input" | "output"): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });
}

function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}

function parameters(spec: AnyRouteSpec): unknown[] {
  const out: unknown[] = [];
  for (const where of ["params", "query"] as const) {
    const schema = spec[where];
    if (!schema) continue;
    const js = jsonSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, propSchema] of Object.entries(js.properties ?? {})) {
      out.push({
        name,
        in: where === "params" ? "path" : "query",
        required: where === "params" || (js.required ?? []).includes(name),
        schema: propSchema,
      });
    }
  }
  return out;
}

export function buildOpenApiDocument(specs: AnyRouteSpec[], version: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorBody = { "application/json": { schema: jsonSchema(ApiErrorSchema, "output") } };
  for (const spec of specs) {
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(spec.responses)) {
      responses[status] = schema
        ? { description: "OK", content: { "application/json": { schema: jsonSchema(schema, "output") } } }
        : { description: "No content" };
    }
    responses.default = { description: "Error (see ErrorCode)", content: errorBody };
    const path = toOpenApiPath(`/api${spec.path}`);
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      "x-access": spec.access,
      parameters: parameters(spec),
      ...(spec.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(spec.body, "input") } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Xiezuo 协作 API",
      version,
      description: `Error codes and statuses: ${Object.entries(ERROR_STATUS)
        .map(([c, s]) => `${c}=${s}`)
        .join(", ")}`,
    },
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "xz_session" } } },
    security: [{ session: [] }],
    paths,
  };
}
