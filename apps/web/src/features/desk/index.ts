// Front door of desk: the check-in pages (loaded when opened), the badge readers the booth reuses,
// and the offline queue with its pieces, which a transfer's boarding desk reuses.
export { BadgeCodeForm } from "./badge-code-form.tsx";
export { CameraScanner } from "./camera-scanner.tsx";
export { classifyCheckInError, createQueueSender, isNetworkFailure } from "./checkin-outcome.ts";
export { maskName } from "./checkin-result.ts";
export { type FeedbackKind, giveFeedback, prepareFeedback } from "./feedback.ts";
export { IdNumberForm } from "./id-number-form.tsx";
export { createNamedQueueStore, runWithNamedQueueLock } from "./indexeddb-queue-store.ts";
export { DeskPage, FairPickerPage } from "./lazy-pages.tsx";
export { createOfflineQueue, type FailedCheckIn, getTokenSuffix, type OfflineQueue, type QueuedCheckIn } from "./offline-queue.ts";
export { type OfflineQueueState, useQueueState } from "./use-offline-queue.ts";
