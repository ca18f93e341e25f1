// Front door of seekers: the seeker pages (loaded when opened), the desk's sign-up form and the seeker calls.
export { JobFamilyField } from "./job-family-field.tsx";
export { SeekerDetailPage, SeekersPage } from "./lazy-pages.tsx";
export { RegisterSeekerForm } from "./register-seeker-form.tsx";
export { getSeeker, listSeekers, lookupSeeker } from "./seekers-api.ts";
