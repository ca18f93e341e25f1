import type { Db } from "../../lib/prisma.ts";

const EMPLOYER_VIEW = { id: true, name: true, shortName: true, creditCode: true, kind: true, regionCode: true, city: true } as const;

export function createEmployersRepository(db: Db) {
  return {
    findById: (id: string) => db.employer.findUnique({ where: { id }, select: EMPLOYER_VIEW }),

    async list(query: { q?: string; limit: number; offset: number }) {
      const where = query.q ? { OR: [{ name: { contains: query.q } }, { shortName: { contains: query.q } }] } : {};
      const [employers, total] = await Promise.all([
        db.employer.findMany({ where, select: EMPLOYER_VIEW, orderBy: { name: "asc" }, take: query.limit, skip: query.offset }),
        db.employer.count({ where }),
      ]);
      return { employers, total };
    },
  };
}

export type EmployersRepository = ReturnType<typeof createEmployersRepository>;
