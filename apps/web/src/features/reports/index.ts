// Front door of reports: the coverage and cooperation pages (loaded when opened) and the report section of a fair.
export { FairReportSection } from "./fair-report-section.tsx";
export { CooperationPage, CoveragePage } from "./lazy-pages.ts";
