import type { CreateEmployerRequest, EmployerListQuery, UpdateEmployerRequest } from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { EmployerData, EmployersRepository } from "./employers.repository.ts";

/** Fields that appear in position search documents: changing one re-indexes the employer's positions. */
const INDEXED_FIELDS = ["name", "shortName", "kind", "city"] as const;

const duplicateCreditCode = (existingId: string) => new AppError("CONFLICT", "该统一社会信用代码已登记", { extra: { existingId } });

export function createEmployersService(deps: { employers: EmployersRepository }) {
  const { employers } = deps;

  async function getEmployer(id: string) {
    const employer = await employers.findById(id);
    if (!employer) throw notFound("企业");
    return employer;
  }

  return {
    getEmployer,
    listEmployers: (query: EmployerListQuery) => employers.list(query),

    async createEmployer(input: CreateEmployerRequest) {
      const existingId = await employers.findIdByCreditCode(input.creditCode);
      if (existingId) throw duplicateCreditCode(existingId);
      return employers.create({ ...input, shortName: input.shortName ?? null });
    },

    async updateEmployer(id: string, input: UpdateEmployerRequest) {
      const current = await getEmployer(id);
      if (input.creditCode && input.creditCode !== current.creditCode) {
        const existingId = await employers.findIdByCreditCode(input.creditCode);
        if (existingId) throw duplicateCreditCode(existingId);
      }
      const data: Partial<EmployerData> = { ...input };
      const reindexPositions = INDEXED_FIELDS.some((field) => field in input && input[field] !== current[field]);
      return employers.update(id, data, { reindexPositions });
    },
  };
}

export type EmployersService = ReturnType<typeof createEmployersService>;
