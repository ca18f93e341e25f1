import { z } from "zod";

/** Every error code of the API. Each has exactly one HTTP status in ERROR_STATUS. */
export const ErrorCodeSchema = z.enum([
  /** The request body, query or params do not match the schema. */
  "VALIDATION_FAILED",
  /** No valid session, or wrong credentials. */
  "UNAUTHENTICATED",
  /** The caller's role may never call this route. */
  "FORBIDDEN",
  /** No such object, or one the caller may not see (existence is not revealed). */
  "NOT_FOUND",
  /** A unique value is taken, or the change conflicts with current state. */
  "CONFLICT",
  /** Check-ins and intents need the fair to be OPEN. */
  "FAIR_NOT_OPEN",
  /** A boarding scan of a person who is not on the transfer's list (v2). */
  "NOT_ON_MANIFEST",
  /** A subsidy entry that was already paid: never pay twice. */
  "ALREADY_PAID",
  /** Body over the size limit of the route. */
  "PAYLOAD_TOO_LARGE",
  /** A JSON route received something else. */
  "UNSUPPORTED_MEDIA_TYPE",
  /** Too many attempts; try again later. */
  "RATE_LIMITED",
  /** Meilisearch cannot be reached; the rest of the API still works. */
  "SEARCH_UNAVAILABLE",
  /** PostgreSQL cannot be reached right now (restart, failover); nothing was done, retry later. */
  "DATABASE_UNAVAILABLE",
  /** Anything unexpected; details are only in the server log. */
  "INTERNAL",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FAIR_NOT_OPEN: 409,
  NOT_ON_MANIFEST: 409,
  ALREADY_PAID: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  SEARCH_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

export const ValidationIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

export const ApiErrorSchema = z.object({
  error: z.looseObject({
    code: ErrorCodeSchema,
    message: z.string(),
    issues: z.array(ValidationIssueSchema).optional(),
    requestId: z.string(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
