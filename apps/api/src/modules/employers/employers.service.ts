import type { EmployerListQuery } from "@xiezuo/contracts";
import { notFound } from "../../lib/app-error.ts";
import type { EmployersRepository } from "./employers.repository.ts";

export function createEmployersService(deps: { employers: EmployersRepository }) {
  const { employers } = deps;
  return {
    async getEmployer(id: string) {
      const employer = await employers.findById(id);
      if (!employer) throw notFound("企业");
      return employer;
    },
    listEmployers: (query: EmployerListQuery) => employers.list(query),
  };
}

export type EmployersService = ReturnType<typeof createEmployersService>;
