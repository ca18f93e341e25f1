// Front door of alerts (返贫预警): the page (loaded when opened).
export { AlertsPage } from "./lazy-pages.ts";
