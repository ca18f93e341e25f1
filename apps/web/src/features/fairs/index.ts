// Front door of fairs: the fair pages (loaded when opened), a fair's status badge, getFair and
// the Beijing-time reading of datetime inputs (a transfer's departure uses it too).

export { fromBeijingInput, toBeijingInput } from "./fair-form-model.ts";
export { FairStatusBadge } from "./fair-status-badge.tsx";
export { getFair } from "./fairs-api.ts";
export { FairCreatePage, FairDetailPage, FairEditPage, FairListPage } from "./lazy-pages.ts";
export { FairPosterPage } from "./lazy-registration-share.tsx";
