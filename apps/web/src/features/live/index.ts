// Front door of live: the live screen of a fair (loaded when opened).
export { LiveDashboardPage } from "./lazy-pages.tsx";
