// Front door of positions: the employer's position pages (loaded when opened).
export { PositionCreatePage, PositionEditPage, PositionsPage } from "./lazy-pages.ts";
