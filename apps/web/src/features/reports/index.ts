// Front door of reports: the coverage page (loaded when opened) and the report section of a fair.
export { FairReportSection } from "./fair-report-section.tsx";
export { CoveragePage } from "./lazy-pages.ts";
