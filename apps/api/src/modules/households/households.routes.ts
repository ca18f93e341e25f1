import {
  HOUSEHOLD_IMPORT_FIELD,
  HOUSEHOLD_IMPORT_MAX_BYTES,
  HouseholdImportResultSchema,
  HouseholdListQuerySchema,
  HouseholdListResponseSchema,
  HouseholdTemplateQuerySchema,
  IdSchema,
  IMPORT_ID_HEADER,
  ImportIdParamsSchema,
  ImportProgressResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import { ignoreJsonBodyOn, readUploadedFile } from "../../http/multipart-upload.ts";
import type { RouteRegistry } from "../../http/route.ts";
import { AppError } from "../../lib/app-error.ts";
import type { HouseholdsService } from "./households.service.ts";

function readImportId(value: string | undefined): string | null {
  if (value === undefined) return null;
  const parsed = IdSchema.safeParse(value.trim());
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", `${IMPORT_ID_HEADER} 应为 UUID`, {
      issues: [{ path: ["headers", IMPORT_ID_HEADER], message: "应为 UUID" }],
    });
  }
  return parsed.data;
}

export function createHouseholdsRoutes(registry: RouteRegistry, service: HouseholdsService): Router {
  const router = Router();

  ignoreJsonBodyOn(router, "/households/import");

  registry.define(
    router,
    {
      method: "post",
      path: "/households/import",
      tag: "households",
      summary: `Import the household registry: multipart field "${HOUSEHOLD_IMPORT_FIELD}", CSV (UTF-8 with or without BOM, or GBK/GB18030 as Excel and WPS save it) or XLSX up to 20 MiB, Chinese or English headers, title rows above the header skipped; optional ${IMPORT_ID_HEADER} header (UUID) to poll progress`,
      access: ["ADMIN"],
      scope: "household",
      multipart: true,
      responses: { 200: HouseholdImportResultSchema },
    },
    async ({ req, auth }) => {
      const importId = readImportId(req.get(IMPORT_ID_HEADER));
      if (importId) await service.beginImport(importId, auth!.user);
      let file: Awaited<ReturnType<typeof readUploadedFile>>;
      try {
        file = await readUploadedFile(req, { field: HOUSEHOLD_IMPORT_FIELD, maxBytes: HOUSEHOLD_IMPORT_MAX_BYTES });
      } catch (error) {
        if (importId) await service.failImport(importId);
        throw error;
      }
      return { status: 200, body: await service.importRegistry(file.data, auth!, importId) };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/households/import-template",
      tag: "households",
      summary:
        "Download the registry template: Chinese header row and example rows (skipped on import); format=csv (UTF-8 with BOM) or xlsx",
      access: ["ADMIN", "STAFF"],
      scope: "unscoped",
      query: HouseholdTemplateQuerySchema,
      responses: { 200: null },
    },
    async ({ query }) => ({ status: 200, file: await service.buildImportTemplate(query.format) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/households/imports/:importId",
      tag: "households",
      summary: "Progress of an import started with an X-Import-Id header (answered by any API process)",
      access: ["ADMIN"],
      scope: "self",
      params: ImportIdParamsSchema,
      responses: { 200: ImportProgressResponseSchema },
    },
    async ({ params, auth }) => ({ status: 200, body: { progress: await service.getProgress(params.importId, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/households",
      tag: "households",
      summary: "Households of the registry, by region and code prefix",
      access: ["ADMIN", "STAFF"],
      scope: "household",
      query: HouseholdListQuerySchema,
      responses: { 200: HouseholdListResponseSchema },
    },
    async ({ query, scope }) => ({ status: 200, body: await service.listHouseholds(query, scope) }),
  );

  return router;
}
