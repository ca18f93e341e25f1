// Front door of me: the seeker's own page (loaded when opened), 我感兴趣 on a job, the badge kept on the phone.
export { clearCachedBadgeToken, readCachedBadgeToken } from "./badge-cache.ts";
export { MePage } from "./lazy-me-page.tsx";
export { PositionInterest } from "./position-interest.tsx";
