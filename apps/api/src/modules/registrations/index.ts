export { createRegistrationsRepository, type RegistrationsRepository } from "./registrations.repository.ts";
export { createRegistrationsRoutes } from "./registrations.routes.ts";
export {
  CODE_TTL_MS,
  createRegistrationsService,
  MAX_CODE_ATTEMPTS,
  REGISTRATION_LIMITS,
  type RegistrationsService,
} from "./registrations.service.ts";
export { HOUSEHOLD_UNKNOWN_NOTE, PHONE_DIFFERS_NOTE } from "./seeker-link.ts";
