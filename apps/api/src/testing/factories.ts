// Factories with random unique fields; no shared fixtures between tests.
import crypto from "node:crypto";
import { createSeededRandom, generateCreditCode } from "@xiezuo/contracts";
import { hashPassword } from "../lib/password.ts";
import type { Db } from "../lib/prisma.ts";

const unique = () => crypto.randomBytes(4).toString("hex");

export async function createUser(db: Db, input: { role: "ADMIN" | "STAFF" | "EMPLOYER"; employerId?: string; password?: string }) {
  const password = input.password ?? `pw-${unique()}-secret`;
  const user = await db.user.create({
    data: {
      username: `${input.role.toLowerCase()}_${unique()}`,
      passwordHash: await hashPassword(password),
      role: input.role,
      employerId: input.employerId ?? null,
    },
  });
  return { ...user, password };
}

export function createEmployer(db: Db, overrides: Partial<{ name: string; kind: "SOE" | "PRIVATE"; city: string }> = {}) {
  return db.employer.create({
    data: {
      name: overrides.name ?? `测试企业${unique()}`,
      creditCode: generateCreditCode(createSeededRandom(crypto.randomInt(2 ** 31))),
      kind: overrides.kind ?? "PRIVATE",
      regionCode: "370102",
      city: overrides.city ?? "济南",
    },
  });
}

export function createFair(db: Db, overrides: Partial<{ status: "DRAFT" | "OPEN" | "CLOSED"; title: string }> = {}) {
  return db.fair.create({
    data: {
      title: overrides.title ?? `测试招聘会${unique()}`,
      venue: "古丈县体育馆",
      startsAt: new Date("2026-05-20T01:00:00Z"),
      endsAt: new Date("2026-05-20T08:00:00Z"),
      hostRegionCode: "433126",
      partnerRegionCode: "370100",
      status: overrides.status ?? "OPEN",
    },
  });
}
