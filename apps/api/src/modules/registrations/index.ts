export { CODE_TTL_MS, MAX_CODE_ATTEMPTS } from "./one-time-code.ts";
export { createRegistrationsRepository, type RegistrationsRepository } from "./registrations.repository.ts";
export { createRegistrationsRoutes } from "./registrations.routes.ts";
export { createRegistrationsService, REGISTRATION_LIMITS, type RegistrationsService } from "./registrations.service.ts";
export { HOUSEHOLD_UNKNOWN_NOTE, PHONE_DIFFERS_NOTE } from "./seeker-link.ts";
export { createSignInRepository, type SignInRepository } from "./sign-in.repository.ts";
export { createSignInRoutes } from "./sign-in.routes.ts";
export { createSignInService, SIGN_IN_LIMITS, type SignInService } from "./sign-in.service.ts";
