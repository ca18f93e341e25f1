// Front door of fairs: the fair pages (loaded when opened), a fair's status badge and getFair.
export { FairStatusBadge } from "./fair-status-badge.tsx";
export { getFair } from "./fairs-api.ts";
export { FairCreatePage, FairDetailPage, FairEditPage, FairListPage } from "./lazy-pages.ts";
export { FairPosterPage } from "./lazy-registration-share.tsx";
