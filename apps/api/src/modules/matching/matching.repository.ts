import type { Db } from "../../lib/prisma.ts";
import type { Scope } from "../../lib/scope.ts";
import { visibleSeekers } from "../seekers/index.ts";
import type { PositionFacts, SeekerFacts } from "./match-profiles.ts";

/** Only what matching reads: never a name, ID or phone number. */
const SEEKER_FACTS = {
  id: true,
  gender: true,
  birthDate: true,
  skills: true,
  jobFamilies: true,
  preferredCities: true,
  expectedWageMin: true,
  needsLodging: true,
  household: { select: { povertyStatus: true } },
} as const;

const POSITION_FACTS = {
  id: true,
  employerId: true,
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
} as const;

type SeekerRow = { household: { povertyStatus: SeekerFacts["povertyStatus"] } | null } & Omit<SeekerFacts, "povertyStatus">;

const toSeekerFacts = ({ household, ...row }: SeekerRow): SeekerFacts => ({ ...row, povertyStatus: household?.povertyStatus ?? null });

export function createMatchingRepository(db: Db) {
  return {
    async findSeeker(id: string, scope: Scope): Promise<SeekerFacts | null> {
      const row = await db.seeker.findFirst({ where: { AND: [{ id }, visibleSeekers(scope)] }, select: SEEKER_FACTS });
      return row ? toSeekerFacts(row) : null;
    },
    async findSeekers(ids: string[], scope: Scope): Promise<SeekerFacts[]> {
      if (ids.length === 0) return [];
      return (await db.seeker.findMany({ where: { AND: [{ id: { in: ids } }, visibleSeekers(scope)] }, select: SEEKER_FACTS })).map(
        toSeekerFacts,
      );
    },
    /** Keyset pages for a full rebuild of the seekers index. */
    async findSeekerPage(afterId: string | null, take: number): Promise<SeekerFacts[]> {
      const rows = await db.seeker.findMany({
        where: afterId ? { id: { gt: afterId } } : {},
        select: SEEKER_FACTS,
        orderBy: { id: "asc" },
        take,
      });
      return rows.map(toSeekerFacts);
    },
    countSeekers: () => db.seeker.count(),
    findPosition: (id: string): Promise<(PositionFacts & { employerId: string }) | null> =>
      db.position.findUnique({ where: { id }, select: POSITION_FACTS }),
    /** Fresh rows of the candidates: the index may lag a close or an edit. */
    /** Which of these positions are linked to any of these fairs. */
    async findPositionsAtFairs(positionIds: string[], fairIds: string[]): Promise<Set<string>> {
      if (positionIds.length === 0 || fairIds.length === 0) return new Set();
      const links = await db.fairPosition.findMany({
        where: { positionId: { in: positionIds }, fairId: { in: fairIds } },
        select: { positionId: true },
      });
      return new Set(links.map((l) => l.positionId));
    },
    async findPositions(ids: string[]): Promise<PositionFacts[]> {
      if (ids.length === 0) return [];
      return db.position.findMany({ where: { id: { in: ids } }, select: POSITION_FACTS });
    },
  };
}

export type MatchingRepository = ReturnType<typeof createMatchingRepository>;
