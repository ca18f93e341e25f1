// Front door of sign-in: a seeker's phone sign-in page.
export { SignInPage } from "./sign-in-page.tsx";
