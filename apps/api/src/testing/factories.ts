// Factories with random unique fields; no shared fixtures between tests.
import crypto from "node:crypto";
import { createSeededRandom, generateCreditCode, generateIdNumber, generatePhone, type PovertyStatus } from "@xiezuo/contracts";
import type { FieldCrypto } from "../lib/field-crypto.ts";
import { hashPassword } from "../lib/password.ts";
import { sealIdentity } from "../lib/personal-data.ts";
import type { Db } from "../lib/prisma.ts";

const unique = () => crypto.randomBytes(4).toString("hex");

export async function createUser(
  db: Db,
  input: { role: "ADMIN" | "STAFF" | "EMPLOYER"; employerId?: string; organisationId?: string; password?: string },
) {
  const password = input.password ?? `pw-${unique()}-secret`;
  const user = await db.user.create({
    data: {
      username: `${input.role.toLowerCase()}_${unique()}`,
      passwordHash: await hashPassword(password),
      role: input.role,
      employerId: input.employerId ?? null,
      organisationId: input.organisationId ?? null,
    },
  });
  return { ...user, password };
}

/** A labour bureau of `regionCode` (GB/T 2260). */
export function createOrganisation(db: Db, regionCode: string, name = `人社局${unique()}`) {
  return db.organisation.create({ data: { name, regionCode } });
}

export function createEmployer(
  db: Db,
  overrides: Partial<{ name: string; kind: "SOE" | "PRIVATE"; city: string; regionCode: string }> = {},
) {
  return db.employer.create({
    data: {
      name: overrides.name ?? `测试企业${unique()}`,
      creditCode: generateCreditCode(createSeededRandom(crypto.randomInt(2 ** 31))),
      kind: overrides.kind ?? "PRIVATE",
      regionCode: overrides.regionCode ?? "370102",
      city: overrides.city ?? "济南",
    },
  });
}

export function createFair(
  db: Db,
  overrides: Partial<{
    status: "DRAFT" | "OPEN" | "CLOSED";
    title: string;
    hostRegionCode: string;
    hostOrganisationId: string;
    partnerOrganisationIds: string[];
  }> = {},
) {
  return db.fair.create({
    data: {
      title: overrides.title ?? `测试招聘会${unique()}`,
      venue: "古丈县体育馆",
      startsAt: new Date("2026-05-20T01:00:00Z"),
      endsAt: new Date("2026-05-20T08:00:00Z"),
      hostRegionCode: overrides.hostRegionCode ?? "433126",
      partnerRegionCode: "370100",
      hostOrganisationId: overrides.hostOrganisationId ?? null,
      partners: { create: (overrides.partnerOrganisationIds ?? []).map((organisationId) => ({ organisationId })) },
      status: overrides.status ?? "OPEN",
    },
  });
}

/** An open position written directly (no outbox event), optionally linked to fairs. */
export function createPosition(
  db: Db,
  employerId: string,
  overrides: Partial<{ title: string; city: string; status: "OPEN" | "CLOSED"; openings: number; fairIds: string[] }> = {},
) {
  return db.position.create({
    data: {
      employerId,
      title: overrides.title ?? `测试岗位${unique()}`,
      description: "测试岗位说明",
      openings: overrides.openings ?? 5,
      wageMin: 4000,
      wageMax: 6000,
      city: overrides.city ?? "济南",
      foodProvided: true,
      lodgingProvided: true,
      tags: ["包吃住"],
      status: overrides.status ?? "OPEN",
      fairs: { create: (overrides.fairIds ?? []).map((fairId) => ({ fairId })) },
    },
  });
}

export function joinFair(db: Db, fairId: string, employerId: string, booth: string | null = null) {
  return db.fairEmployer.create({ data: { fairId, employerId, booth } });
}

export function createHousehold(
  db: Db,
  overrides: Partial<{
    regionCode: string;
    township: string;
    village: string;
    povertyStatus: PovertyStatus;
    labourCapableMembers: number;
  }> = {},
) {
  return db.household.create({
    data: {
      code: `4331260${unique()}`,
      regionCode: overrides.regionCode ?? "433126",
      township: overrides.township ?? "古阳镇",
      village: overrides.village ?? "白溪关村",
      povertyStatus: overrides.povertyStatus ?? "REGISTERED_POOR",
      labourCapableMembers: overrides.labourCapableMembers ?? 2,
    },
  });
}

const issuedIdNumbers = new Set<string>();

/**
 * A seeker stored the way the API stores one (sealed ID and phone), with a generated valid ID
 * number. Returns the raw numbers too, so tests can check they never appear in a response.
 */
export async function createSeeker(
  db: Db,
  fieldCrypto: FieldCrypto,
  overrides: Partial<{
    name: string;
    householdId: string | null;
    birthDate: string;
    gender: "MALE" | "FEMALE";
    /** The county of the ID number (default 古丈 433126); a linked household's region wins, as in the API. */
    regionCode: string;
  }> = {},
) {
  const random = createSeededRandom(crypto.randomInt(2 ** 31));
  const gender = overrides.gender ?? (random() < 0.5 ? "MALE" : "FEMALE");
  const birthDate =
    overrides.birthDate ?? `19${70 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  // With a fixed birth date and gender only 500 sequence numbers remain, so random picks
  // collide within one test file (birthday paradox); remember what this process handed out.
  const regionCode = overrides.regionCode ?? "433126";
  let idNumber = generateIdNumber({ regionCode, birthDate, gender }, random);
  while (issuedIdNumbers.has(idNumber)) idNumber = generateIdNumber({ regionCode, birthDate, gender }, random);
  issuedIdNumbers.add(idNumber);
  const phone = generatePhone(random);
  const seeker = await db.seeker.create({
    data: {
      name: overrides.name ?? `求职者${unique()}`,
      ...sealIdentity(fieldCrypto, { idNumber, phone }),
      gender,
      birthDate: new Date(`${birthDate}T00:00:00Z`),
      householdId: overrides.householdId ?? null,
      homeRegionCode: overrides.householdId
        ? (await db.household.findUniqueOrThrow({ where: { id: overrides.householdId }, select: { regionCode: true } })).regionCode
        : regionCode,
      consentAt: new Date(),
    },
  });
  return { ...seeker, idNumber, phone };
}
