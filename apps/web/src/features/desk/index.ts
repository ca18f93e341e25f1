// Front door of desk: the check-in pages (loaded when opened) and the badge readers the booth reuses.
export { CameraScanner } from "./camera-scanner.tsx";
export { IdNumberForm } from "./id-number-form.tsx";
export { DeskPage, FairPickerPage } from "./lazy-pages.tsx";
