// Front door of badges: the QR drawing and reading of a badge, the card and the sheets to print.
export { BadgeCard } from "./badge-card.tsx";
export { BadgeQr, QrCode } from "./badge-qr.tsx";
export { getBadgeSheetPath } from "./badge-sheet-model.ts";
export { BadgeSheetPage } from "./lazy-pages.tsx";
export { drawBadgeQr, readBadgeToken } from "./qr-model.ts";
