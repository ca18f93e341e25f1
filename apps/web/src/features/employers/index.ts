// Front door of employers: the employer list page (loaded when opened) and the words for employer kinds.
export { EMPLOYER_KIND_LABELS, EMPLOYER_KIND_SHORT_LABELS, EMPLOYER_KINDS } from "./employer-labels.ts";
export { EmployersPage } from "./lazy-pages.ts";
