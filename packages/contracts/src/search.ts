import { z } from "zod";
import { IdSchema } from "./common.ts";
import { EmployerKindSchema } from "./employers.ts";

/** Query-string booleans: only the words a client would send, never z.coerce ("false" is truthy). */
const QueryBooleanSchema = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const SearchPositionsQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  city: z.string().trim().min(1).max(40).optional(),
  foodProvided: QueryBooleanSchema.optional(),
  lodgingProvided: QueryBooleanSchema.optional(),
  /** Keeps positions whose wageMax >= wageMin. */
  wageMin: z.coerce.number().int().min(0).max(1_000_000).optional(),
  fairId: IdSchema.optional(),
  employerKind: EmployerKindSchema.optional(),
  /** Search the words as typed: no reading of homophones (旱工 → 焊工) or pinyin (dianhan → 电焊). */
  exact: QueryBooleanSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type SearchPositionsQuery = z.infer<typeof SearchPositionsQuerySchema>;

/**
 * The job board's first request when /jobs is opened without filters. The server names it in
 * a preload hint on that page, so a phone fetches it while the app's script is still
 * downloading; the web app must ask for exactly this URL, or the hint is a wasted request.
 */
export const JOB_BOARD_FIRST_SEARCH = "/api/search/positions?limit=20&offset=0";

export const PositionHitSchema = z.object({
  id: IdSchema,
  title: z.string(),
  employerName: z.string(),
  employerKind: EmployerKindSchema,
  city: z.string(),
  wageMin: z.number().int(),
  wageMax: z.number().int(),
  openings: z.number().int(),
  foodProvided: z.boolean(),
  lodgingProvided: z.boolean(),
  fairIds: z.array(IdSchema),
});
export type PositionHit = z.infer<typeof PositionHitSchema>;

export const SearchPositionsResponseSchema = z.object({
  hits: z.array(PositionHitSchema),
  total: z.number().int(),
  facets: z.object({
    city: z.record(z.string(), z.number().int()),
    employerKind: z.record(z.string(), z.number().int()),
  }),
  /** True while the positions index is being filled (after a start on new data): results are incomplete. */
  indexing: z.boolean(),
  /** What the search read out of the words `q`, so the page can show it (e.g. 月薪5000以上 → the 5000 wage chip). */
  understood: z.object({
    /** A wage floor said in the words: positions paying up to at least this much. */
    wageMin: z.number().int().nullable(),
  }),
  /**
   * The words as the search read them when that was not as typed: a homophone or slip of a job
   * word, place or employer name, or pinyin (旱工 → "焊工", 济南dianhan → "济南电焊"); null otherwise.
   * The board shows it with a link that searches the words as typed (`exact`).
   */
  interpretedAs: z.string().nullable(),
});
export type SearchPositionsResponse = z.infer<typeof SearchPositionsResponseSchema>;
