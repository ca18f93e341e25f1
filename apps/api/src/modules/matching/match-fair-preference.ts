// A seeker who registered for a fair is there to meet that fair's employers: its positions
// get a bonus and a reason on top of the ordinary score. Pure, so the ranking is testable.
import { WEIGHTS } from "./match-scoring.ts";

export const FAIR_REASON = "您报名的招聘会上招聘";

interface RankedMatch {
  positionId: string;
  score: number;
  reasons: string[];
}

/** Adds the bonus to matches whose position is at one of the seeker's fairs, re-ranks, keeps `limit`. */
export function preferFairPositions<T extends RankedMatch>(matches: T[], atMyFairs: ReadonlySet<string>, limit: number): T[] {
  return matches
    .map((m) => (atMyFairs.has(m.positionId) ? { ...m, score: m.score + WEIGHTS.fair, reasons: [FAIR_REASON, ...m.reasons] } : m))
    .sort((a, b) => b.score - a.score || (a.positionId < b.positionId ? -1 : a.positionId > b.positionId ? 1 : 0))
    .slice(0, limit);
}
