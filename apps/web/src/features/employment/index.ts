// Front door of employment: the 务工台账 page (loaded when opened).
export { EmploymentPage } from "./lazy-pages.ts";
