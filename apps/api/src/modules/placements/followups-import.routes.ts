import { FOLLOW_UP_IMPORT_MAX_BYTES, FollowUpImportResultSchema } from "@xiezuo/contracts";
import { Router } from "express";
import { ignoreJsonBodyOn, readUploadedFile } from "../../http/multipart-upload.ts";
import type { RouteRegistry } from "../../http/route.ts";
import { toActor } from "../intents/index.ts";
import type { FollowUpImportService } from "./followups-import.service.ts";

export function createFollowUpImportRoutes(registry: RouteRegistry, service: FollowUpImportService): Router {
  const router = Router();
  ignoreJsonBodyOn(router, "/followups/import");

  registry.define(
    router,
    {
      method: "post",
      path: "/followups/import",
      tag: "placements",
      summary:
        'Record follow-ups from a file: multipart field "file", CSV (UTF-8 or GBK) or XLSX, columns 就业记录编号 (placementId) or 身份证号 (idNumber), 回访日期 (checkedOn), 是否在岗 (employed: 是/否), 月工资 (monthlyWage, optional); each row as POST /placements/:id/followups, rows the caller may not touch rejected',
      access: ["ADMIN", "STAFF", "EMPLOYER"],
      scope: "placement",
      multipart: true,
      responses: { 200: FollowUpImportResultSchema },
    },
    async ({ req, auth }) => {
      const file = await readUploadedFile(req, { field: "file", maxBytes: FOLLOW_UP_IMPORT_MAX_BYTES });
      return { status: 200, body: await service.importFollowUps(file.data, toActor(auth)) };
    },
  );

  return router;
}
