// Front door of registration: the public sign-up page and the code step the phone sign-in reuses.
export { CodeStep } from "./code-step.tsx";
export { describeTooOften } from "./registration-form.tsx";
export { type PendingVerification, RegistrationPage } from "./registration-page.tsx";
