// Front door of placements: the placement pages (loaded when opened) and the dialog the booth opens.
export { PlacementDetailPage, PlacementsPage } from "./lazy-pages.ts";
export { PlacementDialog } from "./placement-dialog.tsx";
