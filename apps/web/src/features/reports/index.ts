// Front door of reports: the coverage and cooperation pages (loaded when opened), the report section of a fair,
// and the region a report page starts on (the ledger and the alerts start there too).
export { FairReportSection } from "./fair-report-section.tsx";
export { CooperationPage, CoveragePage } from "./lazy-pages.ts";
export { RegionField, RegionReportPage } from "./region-report-page.tsx";
export { getDefaultCoverageRegion } from "./report-model.ts";
