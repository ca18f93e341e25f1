// Ranked matches both ways. Candidates come from Meilisearch with the hard constraints
// as filters; the final list is re-checked against fresh database rows and scored by the
// pure rules (match-scoring.ts), so an index that lags a close or an edit never leaks.
import type { AuthUser } from "../../http/auth-context.ts";
import { notFound } from "../../lib/app-error.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Scope } from "../../lib/scope.ts";
import type { CandidateSearcher } from "./match-candidates.repository.ts";
import { buildPositionQueries, buildSeekerQueries } from "./match-candidates.ts";
import { preferFairPositions } from "./match-fair-preference.ts";
import { FAMILY_DICTIONARY, todayInChina, toPositionProfile, toSeekerProfile } from "./match-profiles.ts";
import { rankPositionsForSeeker, rankSeekersForPosition } from "./match-scoring.ts";
import type { MatchingRepository } from "./matching.repository.ts";

type Actor = Pick<AuthUser, "role" | "employerId">;

export function createMatchingService(deps: { matching: MatchingRepository; candidates: CandidateSearcher; clock: Clock }) {
  const { matching, candidates, clock } = deps;

  return {
    /** `preferFairIds`: the seeker's own fairs, whose positions are also proposed and ranked up. */
    async matchPositionsForSeeker(seekerId: string, limit: number, scope: Scope, preferFairIds: string[] = []) {
      const facts = await matching.findSeeker(seekerId, scope);
      if (!facts) throw notFound("求职者");
      const seeker = toSeekerProfile(facts);
      const today = todayInChina(clock.now());
      const queries = buildPositionQueries(seeker, today, preferFairIds);
      const ids = await candidates.positionIds(queries, limit);
      const positions = (await matching.findPositions(ids)).map(toPositionProfile);
      const options = { today, dictionary: FAMILY_DICTIONARY };
      if (preferFairIds.length === 0) return { matches: rankPositionsForSeeker(seeker, positions, { ...options, limit }) };
      const ranked = rankPositionsForSeeker(seeker, positions, { ...options, limit: positions.length });
      const atMyFairs = await matching.findPositionsAtFairs(
        ranked.map((m) => m.positionId),
        preferFairIds,
      );
      return { matches: preferFairPositions(ranked, atMyFairs, limit) };
    },

    /** Another employer's position answers 404, exactly like a missing one. */
    /** A bureau's candidates are the people of its scope (seekers/seeker-scope.ts). */
    async matchSeekersForPosition(positionId: string, limit: number, actor: Actor, scope: Scope) {
      const facts = await matching.findPosition(positionId);
      if (!facts) throw notFound("岗位");
      if (actor.role === "EMPLOYER" && (!actor.employerId || facts.employerId !== actor.employerId)) throw notFound("岗位");
      const position = toPositionProfile(facts);
      // A closed position takes nobody.
      if (position.status !== "OPEN") return { matches: [] };
      const today = todayInChina(clock.now());
      const ids = await candidates.seekerIds(buildSeekerQueries(position, today), limit);
      const seekers = (await matching.findSeekers(ids, scope)).map(toSeekerProfile);
      return { matches: rankSeekersForPosition(position, seekers, { today, limit, dictionary: FAMILY_DICTIONARY }) };
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
