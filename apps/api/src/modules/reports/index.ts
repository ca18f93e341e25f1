export { buildCsv, type Column as FileColumn, CSV_TYPE, XLSX_TYPE } from "./report-files.ts";
export { createReportsRepository } from "./reports.repository.ts";
export { createReportsRoutes } from "./reports.routes.ts";
export { createReportsService, type FairFacts, type ReportsService } from "./reports.service.ts";
