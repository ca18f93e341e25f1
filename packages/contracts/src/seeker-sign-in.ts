// A job seeker signs in again on any phone: the phone number, then the one-time code sent
// to it (POST /api/public/verifications/:id, as for a registration).
import { z } from "zod";
import { RegistrationAcceptedSchema } from "./self-service.ts";
import { PhoneSchema } from "./validators/phone.ts";

export const SignInRequestSchema = z.strictObject({ phone: PhoneSchema });
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/**
 * `202` for every well-formed phone, whether or not a seeker has it (no enumeration): the
 * same keys as a registration's answer; a code is sent only when a seeker has the number.
 */
export const SignInAcceptedSchema = RegistrationAcceptedSchema;
export type SignInAccepted = z.infer<typeof SignInAcceptedSchema>;
