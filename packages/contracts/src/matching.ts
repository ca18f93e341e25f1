import { z } from "zod";
import { IdSchema } from "./common.ts";

export const MatchListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type MatchListQuery = z.infer<typeof MatchListQuerySchema>;

const MatchFields = {
  score: z.number().int(),
  /** Human-readable, in Chinese: 意向城市：济南, 需要住宿，岗位包住, … */
  reasons: z.array(z.string()),
};

export const PositionMatchSchema = z.object({ positionId: IdSchema, ...MatchFields });
export const SeekerMatchSchema = z.object({ seekerId: IdSchema, ...MatchFields });

export const PositionMatchesResponseSchema = z.object({ matches: z.array(PositionMatchSchema) });
export const SeekerMatchesResponseSchema = z.object({ matches: z.array(SeekerMatchSchema) });
export type PositionMatch = z.infer<typeof PositionMatchSchema>;
export type SeekerMatch = z.infer<typeof SeekerMatchSchema>;
