// The one way a seeker comes to exist: created from a sealed identity, or linked to the seeker
// that already holds the ID number. Every path goes through here (the desk's registration, a
// pre-registration confirmed by its code or at the desk), in the caller's unit of work.
// Personal data arrives sealed (lib/personal-data.ts); nothing here sees a raw number.
import crypto from "node:crypto";
import type { SealedIdentity } from "../../lib/personal-data.ts";
import { prismaOf, type UnitOfWork } from "../outbox/index.ts";
import { enqueueSeekerChanged } from "./seeker-events.ts";
import { homeRegionOf } from "./seeker-scope.ts";

export interface SeekerDraft extends SealedIdentity {
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: Date;
  /** A code the registry does not know leaves the new seeker without a household (`householdMissing`). */
  householdCode: string | null;
  /** Where the person comes from when no household is linked (default: the ID number's first six digits). */
  homeRegionCode?: string;
  education: string | null;
  skills: string[];
  preferredCities: string[];
  jobFamilies: string[];
  expectedWageMin: number | null;
  needsLodging: boolean;
  consentAt: Date;
}

/** What the caller learns of the seeker it created or found: never a cipher. */
export interface LinkedSeekerRecord {
  id: string;
  name: string;
  phoneHash: string;
  jobFamilies: string[];
}

export type SeekerLink =
  | { created: true; seeker: LinkedSeekerRecord; householdMissing: boolean }
  | { created: false; seeker: LinkedSeekerRecord };

const LINKED = { id: true, name: true, phoneHash: true, jobFamilies: true } as const;

/**
 * The seeker holding the draft's ID number, created when there is none. The unique blind
 * index decides races: the insert is `ON CONFLICT DO NOTHING` (never a caught unique
 * violation, which would abort the caller's transaction), so of two requests for the same
 * ID number one inserts, the other waits for its commit, inserts nothing and reads the winner.
 */
export async function createOrLinkSeeker(work: UnitOfWork, draft: SeekerDraft): Promise<SeekerLink> {
  const tx = prismaOf(work);
  const existing = await tx.seeker.findUnique({ where: { idNumberHash: draft.idNumberHash }, select: LINKED });
  if (existing) return { created: false, seeker: existing };

  const { householdCode } = draft;
  const household = householdCode
    ? await tx.household.findUnique({ where: { code: householdCode }, select: { id: true, regionCode: true } })
    : null;
  const id = crypto.randomUUID();
  const homeRegionCode = homeRegionOf({
    householdRegionCode: household?.regionCode ?? null,
    given: draft.homeRegionCode,
    idNumber: draft.idNumberMasked,
  });
  const inserted = await tx.seeker.createMany({
    data: [{ id, ...seekerColumns(draft), householdId: household?.id ?? null, homeRegionCode }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const winner = await tx.seeker.findUniqueOrThrow({ where: { idNumberHash: draft.idNumberHash }, select: LINKED });
    return { created: false, seeker: winner };
  }
  // Matching learns of the new seeker through the outbox, in this same unit of work.
  await enqueueSeekerChanged(work, [id]);
  return {
    created: true,
    seeker: { id, name: draft.name, phoneHash: draft.phoneHash, jobFamilies: draft.jobFamilies },
    householdMissing: householdCode !== null && !household,
  };
}

/** The draft's own columns, named one by one: a caller's object may carry more than a draft. */
function seekerColumns(draft: SeekerDraft) {
  return {
    name: draft.name,
    idNumberCipher: draft.idNumberCipher,
    idNumberHash: draft.idNumberHash,
    idNumberMasked: draft.idNumberMasked,
    phoneCipher: draft.phoneCipher,
    phoneHash: draft.phoneHash,
    phoneMasked: draft.phoneMasked,
    gender: draft.gender,
    birthDate: draft.birthDate,
    education: draft.education,
    skills: draft.skills,
    preferredCities: draft.preferredCities,
    jobFamilies: draft.jobFamilies,
    expectedWageMin: draft.expectedWageMin,
    needsLodging: draft.needsLodging,
    consentAt: draft.consentAt,
  };
}

/** Replaces what work the seeker wants; matching follows through the outbox, in the same unit of work. */
export async function replaceSeekerJobFamilies(work: UnitOfWork, seekerId: string, jobFamilies: string[]): Promise<void> {
  await prismaOf(work).seeker.update({ where: { id: seekerId }, data: { jobFamilies }, select: { id: true } });
  await enqueueSeekerChanged(work, [seekerId]);
}
