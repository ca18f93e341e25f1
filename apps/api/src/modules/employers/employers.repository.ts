import type { Db } from "../../lib/prisma.ts";
import { asUnitOfWork } from "../outbox/index.ts";
import { enqueuePositionChanged } from "../positions/index.ts";

const EMPLOYER_VIEW = {
  id: true,
  name: true,
  shortName: true,
  creditCode: true,
  kind: true,
  regionCode: true,
  city: true,
  contactPhoneMasked: true,
} as const;

type EmployerKind = "SOE" | "PRIVATE" | "FOREIGN" | "PUBLIC" | "OTHER";

export interface EmployerData {
  name: string;
  shortName: string | null;
  creditCode: string;
  kind: EmployerKind;
  regionCode: string;
  city: string;
  /** The sealed contact phone (see lib/personal-data.ts sealPhone); null: none. */
  contactPhoneCipher?: Uint8Array<ArrayBuffer> | null;
  contactPhoneMasked?: string | null;
}

export function createEmployersRepository(db: Db) {
  return {
    findById: (id: string) => db.employer.findUnique({ where: { id }, select: EMPLOYER_VIEW }),

    findIdByCreditCode: async (creditCode: string) =>
      (await db.employer.findUnique({ where: { creditCode }, select: { id: true } }))?.id ?? null,

    async list(query: { q?: string; limit: number; offset: number }) {
      const where = query.q ? { OR: [{ name: { contains: query.q } }, { shortName: { contains: query.q } }] } : {};
      const [employers, total] = await Promise.all([
        db.employer.findMany({ where, select: EMPLOYER_VIEW, orderBy: { name: "asc" }, take: query.limit, skip: query.offset }),
        db.employer.count({ where }),
      ]);
      return { employers, total };
    },

    create: (data: EmployerData) => db.employer.create({ data, select: EMPLOYER_VIEW }),

    /**
     * Updates the employer; when a field the search index shows changed, its open positions
     * are queued for re-indexing in the same transaction.
     */
    update(id: string, data: Partial<EmployerData>, options: { reindexPositions: boolean }) {
      return db.$transaction(async (tx) => {
        const employer = await tx.employer.update({ where: { id }, data, select: EMPLOYER_VIEW });
        if (options.reindexPositions) {
          const open = await tx.position.findMany({ where: { employerId: id, status: "OPEN" }, select: { id: true } });
          await enqueuePositionChanged(
            asUnitOfWork(tx),
            open.map((p) => p.id),
          );
        }
        return employer;
      });
    },
  };
}

export type EmployersRepository = ReturnType<typeof createEmployersRepository>;
