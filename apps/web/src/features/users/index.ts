// Front door of users: account management (loaded when opened) and the employer picker.
export { EmployerPicker } from "./employer-picker.tsx";
export { UsersPage } from "./lazy-pages.ts";
export { listEmployers } from "./users-api.ts";
