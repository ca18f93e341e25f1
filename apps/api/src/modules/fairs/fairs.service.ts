import type {
  CreateFairRequest,
  Fair,
  FairEmployer,
  FairEmployerListQuery,
  FairListQuery,
  FairStats,
  JoinFairRequest,
  UpdateFairRequest,
} from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { FairEmployerRow, FairsRepository } from "./fairs.repository.ts";

type FairRow = NonNullable<Awaited<ReturnType<FairsRepository["findById"]>>>;

function toFair(row: FairRow): Fair {
  const { _count, startsAt, endsAt, ...rest } = row;
  return { ...rest, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), employerCount: _count.employers };
}

function toFairEmployer(row: FairEmployerRow): FairEmployer {
  return { ...row, joinedAt: row.joinedAt.toISOString() };
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
      const stats = await fairs.computeStats(id);
      if (!stats) throw notFound("招聘会");
      return stats;
    },

    async createFair(input: CreateFairRequest): Promise<Fair> {
      const row = await fairs.create({
        title: input.title,
        venue: input.venue,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        hostRegionCode: input.hostRegionCode,
        partnerRegionCode: input.partnerRegionCode ?? null,
      });
      return toFair(row);
    },

    /** endsAt > startsAt is checked on the fair as it will be after the change. */
    async updateFair(id: string, input: UpdateFairRequest): Promise<Fair> {
      const current = await getFair(id);
      const startsAt = new Date(input.startsAt ?? current.startsAt);
      const endsAt = new Date(input.endsAt ?? current.endsAt);
      if (endsAt <= startsAt) {
        throw new AppError("VALIDATION_FAILED", "请求参数不符合要求", {
          issues: [{ path: ["body", input.endsAt ? "endsAt" : "startsAt"], message: "结束时间应晚于开始时间" }],
        });
      }
      // A fair that has opened has check-ins and intents behind it; "筹备中" would hide that.
      // Reopening a closed fair stays possible, to correct a fair closed by mistake.
      if (input.status === "DRAFT" && current.status !== "DRAFT") {
        throw new AppError("CONFLICT", "招聘会已经开始过，不能改回筹备中", { extra: { currentStatus: current.status } });
      }
      const { startsAt: newStart, endsAt: newEnd, ...rest } = input;
      const row = await fairs.update(id, { ...rest, ...(newStart ? { startsAt } : {}), ...(newEnd ? { endsAt } : {}) });
      return toFair(row);
    },

    async joinFair(fairId: string, input: JoinFairRequest): Promise<{ created: boolean; fairEmployer: FairEmployer }> {
      await getFair(fairId);
      if (!(await fairs.employerExists(input.employerId))) {
        throw new AppError("VALIDATION_FAILED", "请求参数不符合要求", {
          issues: [{ path: ["body", "employerId"], message: "企业不存在" }],
        });
      }
      const { created } = await fairs.joinEmployer(fairId, input.employerId, input.booth);
      const { rows } = await fairs.listEmployers(fairId, { employerId: input.employerId, limit: 1, offset: 0 });
      return { created, fairEmployer: toFairEmployer(rows[0]!) };
    },

    async listFairEmployers(fairId: string, query: FairEmployerListQuery) {
      await getFair(fairId);
      const { rows, total } = await fairs.listEmployers(fairId, query);
      return { employers: rows.map(toFairEmployer), total };
    },
  };
}

export type FairsService = ReturnType<typeof createFairsService>;
