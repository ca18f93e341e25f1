import type { Fair, FairListQuery, FairStats } from "@xiezuo/contracts";
import { notFound } from "../../lib/app-error.ts";
import type { FairsRepository } from "./fairs.repository.ts";

type FairRow = NonNullable<Awaited<ReturnType<FairsRepository["findById"]>>>;

function toFair(row: FairRow): Fair {
  const { _count, startsAt, endsAt, ...rest } = row;
  return { ...rest, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), employerCount: _count.employers };
}

export function createFairsService(deps: { fairs: FairsRepository }) {
  const { fairs } = deps;

  async function getFair(id: string): Promise<Fair> {
    const row = await fairs.findById(id);
    if (!row) throw notFound("招聘会");
    return toFair(row);
  }

  return {
    getFair,

    async listFairs(query: FairListQuery) {
      const { fairs: rows, total } = await fairs.list(query);
      return { fairs: rows.map(toFair), total };
    },

    async getFairStats(id: string): Promise<FairStats> {
      await getFair(id);
      return fairs.computeStats(id);
    },
  };
}

export type FairsService = ReturnType<typeof createFairsService>;
