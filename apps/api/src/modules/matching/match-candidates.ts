// The candidate queries of matching, as pure data: the hard constraints are filters (so every
// candidate already satisfies them), and each query looks from another angle (trade, city,
// needs) so a good match missing one of them is still proposed. match-candidates.repository.ts
// sends them to Meilisearch in one multi-search.
import { familyToken } from "../search/index.ts";
import { ageOn, birthDayRange, type PositionProfile, type SeekerProfile } from "./match-scoring.ts";

/** Candidates per angle (at least the limit); the union is re-checked against the database and ranked. */
export const MIN_CANDIDATES_PER_QUERY = 30;

export interface CandidateQuery {
  q?: string;
  attributesToSearchOn?: string[];
  filter: string[];
  sort?: string[];
}

const quote = (value: string) => `"${value.replace(/["\\]/g, "")}"`;

export function buildPositionQueries(seeker: SeekerProfile, today: number, fairIds: string[] = []): CandidateQuery[] {
  const age = ageOn(seeker.birthDay, today);
  // Closed positions are never in the positions index; status is filtered all the same.
  const hard = [
    `status = "OPEN"`,
    `gender IN [ANY, ${seeker.gender}]`,
    `ageMin IS NULL OR ageMin <= ${age}`,
    `ageMax IS NULL OR ageMax >= ${age}`,
  ];
  const queries: CandidateQuery[] = [];
  // What the person wants comes first: its positions always reach the ranking.
  if (seeker.wantedKeys.length > 0) {
    queries.push({ q: seeker.wantedKeys.map(familyToken).join(" "), attributesToSearchOn: ["familyPrimary", "familyAll"], filter: hard });
  }
  if (seeker.familyKeys.length > 0) {
    queries.push({ q: seeker.familyKeys.map(familyToken).join(" "), attributesToSearchOn: ["familyPrimary", "familyAll"], filter: hard });
  }
  if (seeker.cityKeys.length > 0)
    queries.push({ filter: [...hard, `cityKey IN [${seeker.cityKeys.map(quote).join(", ")}]`], sort: ["wageMin:desc"] });
  if (seeker.needsLodging) queries.push({ filter: [...hard, "lodgingProvided = true"], sort: ["wageMin:desc"] });
  if (fairIds.length > 0) queries.push({ filter: [...hard, `fairIds IN [${fairIds.map(quote).join(", ")}]`], sort: ["wageMin:desc"] });
  queries.push({ filter: hard, sort: ["wageMin:desc"] });
  return queries;
}

export function buildSeekerQueries(position: PositionProfile, today: number): CandidateQuery[] {
  const range = birthDayRange(today, position.ageMin, position.ageMax);
  const hard: string[] = [];
  if (position.gender !== "ANY") hard.push(`gender = ${position.gender}`);
  if (range.from !== null) hard.push(`birthDay >= ${range.from}`);
  if (range.to !== null) hard.push(`birthDay <= ${range.to}`);
  const queries: CandidateQuery[] = [];
  if (position.familyKeys.length > 0) {
    const tokens = position.familyKeys.map(familyToken).join(" ");
    // People who want this work first, then those whose skills name it.
    queries.push({ q: tokens, attributesToSearchOn: ["wanted"], filter: hard });
    queries.push({ q: tokens, attributesToSearchOn: ["families"], filter: hard });
  }
  queries.push({ filter: [...hard, `cityKeys = ${quote(position.cityKey)}`] });
  queries.push({ filter: [...hard, "povertyStatus IN [REGISTERED_POOR, MONITORED]"] });
  if (position.lodgingProvided) queries.push({ filter: [...hard, "needsLodging = true"] });
  queries.push({ filter: [...hard, `expectedWageMin IS NULL OR expectedWageMin <= ${position.wageMin}`] });
  return queries;
}
