export { createCooperationRepository } from "./cooperation.repository.ts";
export { createCooperationRoutes } from "./cooperation.routes.ts";
export { createCooperationService } from "./cooperation.service.ts";
export { buildCsv, buildXlsx, type Column as FileColumn, CSV_TYPE, sheet, XLSX_TYPE } from "./report-files.ts";
export { toFileNamePart } from "./report-layouts.ts";
export { createReportsRepository } from "./reports.repository.ts";
export { createReportsRoutes } from "./reports.routes.ts";
export { createReportsService, type FairFacts, type ReportsService } from "./reports.service.ts";
