import type { CreateEmployerRequest, EmployerListQuery, UpdateEmployerRequest } from "@xiezuo/contracts";
import { AppError, notFound } from "../../lib/app-error.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import { sealPhone } from "../../lib/personal-data.ts";
import type { EmployerData, EmployersRepository } from "./employers.repository.ts";

/** Fields that appear in position search documents: changing one re-indexes the employer's positions. */
const INDEXED_FIELDS = ["name", "shortName", "kind", "city"] as const;

const duplicateCreditCode = (existingId: string) => new AppError("CONFLICT", "该统一社会信用代码已登记", { extra: { existingId } });

/** The contact phone as stored columns: sealed and masked; null removes it. */
function contactPhoneColumns(
  fieldCrypto: FieldCrypto,
  phone: string | null,
): Pick<EmployerData, "contactPhoneCipher" | "contactPhoneMasked"> {
  if (phone === null) return { contactPhoneCipher: null, contactPhoneMasked: null };
  const sealed = sealPhone(fieldCrypto, phone);
  return { contactPhoneCipher: sealed.cipher, contactPhoneMasked: sealed.masked };
}

export function createEmployersService(deps: { employers: EmployersRepository; fieldCrypto: FieldCrypto }) {
  const { employers, fieldCrypto } = deps;

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
      const { contactPhone, ...rest } = input;
      return employers.create({ ...rest, shortName: input.shortName ?? null, ...contactPhoneColumns(fieldCrypto, contactPhone ?? null) });
    },

    async updateEmployer(id: string, input: UpdateEmployerRequest) {
      const current = await getEmployer(id);
      if (input.creditCode && input.creditCode !== current.creditCode) {
        const existingId = await employers.findIdByCreditCode(input.creditCode);
        if (existingId) throw duplicateCreditCode(existingId);
      }
      const { contactPhone, ...rest } = input;
      const data: Partial<EmployerData> = {
        ...rest,
        ...(contactPhone !== undefined ? contactPhoneColumns(fieldCrypto, contactPhone) : {}),
      };
      const reindexPositions = INDEXED_FIELDS.some((field) => field in input && input[field] !== current[field]);
      return employers.update(id, data, { reindexPositions });
    },
  };
}

export type EmployersService = ReturnType<typeof createEmployersService>;
