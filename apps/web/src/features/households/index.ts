// Front door of households: the household roll (loaded when opened).
export { HouseholdsPage } from "./lazy-pages.tsx";
