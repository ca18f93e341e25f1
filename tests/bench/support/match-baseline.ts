// The matching benchmark's "no search engine" baseline: the hard constraints as a SQL
// filter over every open position, then every surviving row profiled and scored in the
// process, exactly as the endpoint scores its candidates.

import type { Db } from "../../../apps/api/src/lib/prisma.ts";
import { PLATFORM_SCOPE } from "../../../apps/api/src/lib/scope.ts";
import {
  FAMILY_DICTIONARY,
  todayInChina,
  toPositionProfile,
  toSeekerProfile,
} from "../../../apps/api/src/modules/matching/match-profiles.ts";
import { ageOn, rankPositionsForSeeker } from "../../../apps/api/src/modules/matching/match-scoring.ts";
import { createMatchingRepository } from "../../../apps/api/src/modules/matching/matching.repository.ts";

export async function measureScanBaseline(db: Db, seekerIds: readonly string[]): Promise<number[]> {
  const repo = createMatchingRepository(db);
  const out: number[] = [];
  for (const id of seekerIds) {
    const started = performance.now();
    const seeker = toSeekerProfile((await repo.findSeeker(id, PLATFORM_SCOPE))!);
    const today = todayInChina(new Date());
    const age = ageOn(seeker.birthDay, today);
    const rows = await db.position.findMany({
      where: {
        status: "OPEN",
        gender: { in: ["ANY", seeker.gender] },
        AND: [{ OR: [{ ageMin: null }, { ageMin: { lte: age } }] }, { OR: [{ ageMax: null }, { ageMax: { gte: age } }] }],
      },
      select: {
        id: true,
        title: true,
        description: true,
        tags: true,
        status: true,
        gender: true,
        ageMin: true,
        ageMax: true,
        city: true,
        wageMin: true,
        wageMax: true,
        lodgingProvided: true,
      },
    });
    rankPositionsForSeeker(seeker, rows.map(toPositionProfile), { today, limit: 10, dictionary: FAMILY_DICTIONARY });
    out.push(performance.now() - started);
  }
  return out;
}
