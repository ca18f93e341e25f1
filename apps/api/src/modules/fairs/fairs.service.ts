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
import type { Scope } from "../../lib/scope.ts";
import { managedFairs, operatedFairs, readableFairs } from "./fair-scope.ts";
import type { FairEmployerRow, FairsRepository } from "./fairs.repository.ts";

type FairRow = NonNullable<Awaited<ReturnType<FairsRepository["findById"]>>>;

function toFair(row: FairRow): Fair {
  const { _count, startsAt, endsAt, partners, ...rest } = row;
  return {
    ...rest,
    partnerOrganisationIds: partners.map((p) => p.organisationId),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    employerCount: _count.employers,
  };
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

  /** The fair when the scope may read it (host, partner, its region, platform); 404 otherwise. */
  async function getReadableFair(id: string, scope: Scope): Promise<Fair> {
    const row = scope.platform ? await fairs.findById(id) : await fairs.findWhere(id, readableFairs(scope));
    if (!row) throw notFound("招聘会");
    return toFair(row);
  }

  async function assertFair(id: string, where: ReturnType<typeof managedFairs>): Promise<Fair> {
    const row = await fairs.findWhere(id, where);
    if (!row) throw notFound("招聘会");
    return toFair(row);
  }

  return {
    getFair,
    getReadableFair,

    async listFairs(query: FairListQuery) {
      const { fairs: rows, total } = await fairs.list(query);
      return { fairs: rows.map(toFair), total };
    },

    async getFairStats(id: string, scope: Scope): Promise<FairStats> {
      const stats = await fairs.computeStats(id, scope);
      if (!stats) throw notFound("招聘会");
      return stats;
    },

    /** A bureau's ADMIN hosts what it creates; the platform's fairs have no host. */
    async createFair(input: CreateFairRequest, scope: Scope): Promise<Fair> {
      const row = await fairs.create({
        hostOrganisationId: scope.platform ? null : scope.organisationId,
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
    async updateFair(id: string, input: UpdateFairRequest, scope: Scope): Promise<Fair> {
      const current = await assertFair(id, managedFairs(scope));
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

    /** The host or the platform names a co-organising bureau; false when it already was one. */
    async addPartner(fairId: string, organisationId: string, scope: Scope): Promise<{ created: boolean; fair: Fair }> {
      await assertFair(fairId, managedFairs(scope));
      if (!(await fairs.organisationExists(organisationId))) {
        throw new AppError("VALIDATION_FAILED", "请求参数不符合要求", {
          issues: [{ path: ["body", "organisationId"], message: "机构不存在" }],
        });
      }
      const created = await fairs.addPartner(fairId, organisationId);
      return { created, fair: await getFair(fairId) };
    },

    async joinFair(fairId: string, input: JoinFairRequest, scope: Scope): Promise<{ created: boolean; fairEmployer: FairEmployer }> {
      await assertFair(fairId, operatedFairs(scope));
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
