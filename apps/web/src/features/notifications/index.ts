// Front door of notifications: the text-message outbox (loaded when opened) and follow-up reminders.
export { OutboxPage } from "./lazy-pages.ts";
export { sendFollowUpReminder } from "./notifications-api.ts";
