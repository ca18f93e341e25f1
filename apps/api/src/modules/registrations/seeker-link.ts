// Turns a claimed pre-registration into a seeker: the same ID number always ends as the same
// seeker (the unique blind index decides, also between two fairs' verifications racing), and
// a seeker the registry already knows keeps the registry's data (only the kinds of work wanted
// follow the latest registration from the seeker's own phone); the desk is told what differs.
import crypto from "node:crypto";
import { parseIdNumber } from "@xiezuo/contracts";
import type { AuthUser } from "../../http/auth-context.ts";
import { AppError } from "../../lib/app-error.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import type { Tx } from "../outbox/index.ts";
import { enqueueSeekerChanged } from "../seekers/index.ts";

export const PHONE_DIFFERS_NOTE = "手机号与登记信息不一致，请现场核验";
export const HOUSEHOLD_UNKNOWN_NOTE = "户编号未在户籍名单中找到，请现场核验";

export interface LinkedSeeker {
  seekerId: string;
  name: string;
  created: boolean;
  reviewNote: string | null;
}

export type SeekerUser = AuthUser;

/** The columns of a claimed registration that a new seeker is made from. */
export const REGISTRATION_IDENTITY = {
  name: true,
  idNumberCipher: true,
  idNumberHash: true,
  idNumberMasked: true,
  phoneCipher: true,
  phoneHash: true,
  phoneMasked: true,
  householdCode: true,
  preferredCities: true,
  jobFamilies: true,
  expectedWageMin: true,
  consentAt: true,
} as const;

export interface RegistrationRecord {
  name: string;
  idNumberCipher: Uint8Array<ArrayBuffer>;
  idNumberHash: string;
  idNumberMasked: string;
  phoneCipher: Uint8Array<ArrayBuffer>;
  phoneHash: string;
  phoneMasked: string;
  householdCode: string | null;
  preferredCities: string[];
  jobFamilies: string[];
  expectedWageMin: number | null;
  consentAt: Date;
}

const EXISTING_SEEKER = { id: true, name: true, phoneHash: true, jobFamilies: true } as const;

export async function linkSeeker(tx: Tx, fieldCrypto: FieldCrypto, registration: RegistrationRecord): Promise<LinkedSeeker> {
  const existing = await tx.seeker.findUnique({ where: { idNumberHash: registration.idNumberHash }, select: EXISTING_SEEKER });
  if (existing) return asExisting(tx, existing, registration);

  let householdId: string | null = null;
  const notes: string[] = [];
  if (registration.householdCode) {
    householdId = (await tx.household.findUnique({ where: { code: registration.householdCode }, select: { id: true } }))?.id ?? null;
    if (!householdId) notes.push(HOUSEHOLD_UNKNOWN_NOTE);
  }
  const { gender, birthDate } = parseIdNumber(fieldCrypto.decrypt(registration.idNumberCipher));
  const id = crypto.randomUUID();
  // ON CONFLICT DO NOTHING: a concurrent verification of the same ID number waits for ours
  // (or we for it) and then links instead of failing the whole transaction.
  const inserted = await tx.seeker.createMany({
    data: [
      {
        id,
        name: registration.name,
        idNumberCipher: registration.idNumberCipher,
        idNumberHash: registration.idNumberHash,
        idNumberMasked: registration.idNumberMasked,
        phoneCipher: registration.phoneCipher,
        phoneHash: registration.phoneHash,
        phoneMasked: registration.phoneMasked,
        gender,
        birthDate: new Date(`${birthDate}T00:00:00.000Z`),
        householdId,
        education: null,
        skills: [],
        preferredCities: registration.preferredCities,
        jobFamilies: registration.jobFamilies,
        expectedWageMin: registration.expectedWageMin,
        needsLodging: false,
        consentAt: registration.consentAt,
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const winner = await tx.seeker.findUniqueOrThrow({ where: { idNumberHash: registration.idNumberHash }, select: EXISTING_SEEKER });
    return asExisting(tx, winner, registration);
  }
  // Matching learns of the new seeker through the outbox, in this same transaction.
  await enqueueSeekerChanged(tx, [id]);
  return { seekerId: id, name: registration.name, created: true, reviewNote: notes.length > 0 ? notes.join("；") : null };
}

/**
 * The registry's identity data stays as it is, but what work the person wants now is theirs
 * to say: a registration from the seeker's own phone that names kinds of work replaces the
 * seeker's (matching follows). From another phone it changes nothing: the desk has a look.
 */
async function asExisting(
  tx: Tx,
  seeker: { id: string; name: string; phoneHash: string; jobFamilies: string[] },
  registration: RegistrationRecord,
): Promise<LinkedSeeker> {
  const samePhone = seeker.phoneHash === registration.phoneHash;
  const wishes = registration.jobFamilies;
  if (samePhone && wishes.length > 0 && wishes.join("\n") !== seeker.jobFamilies.join("\n")) {
    await tx.seeker.update({ where: { id: seeker.id }, data: { jobFamilies: wishes }, select: { id: true } });
    await enqueueSeekerChanged(tx, [seeker.id]);
  }
  return {
    seekerId: seeker.id,
    name: seeker.name,
    created: false,
    reviewNote: samePhone ? null : PHONE_DIFFERS_NOTE,
  };
}

/**
 * The SEEKER user that signs in with codes. Its password hash is deliberately unusable
 * ("!" is never a scrypt hash), and password login refuses SEEKER users anyway.
 */
export async function seekerUserFor(tx: Tx, linked: Pick<LinkedSeeker, "seekerId" | "name">): Promise<SeekerUser> {
  await tx.user.createMany({
    data: [
      {
        username: `seeker-${linked.seekerId}`,
        passwordHash: `!${crypto.randomBytes(24).toString("base64url")}`,
        role: "SEEKER",
        seekerId: linked.seekerId,
        displayName: linked.name,
      },
    ],
    skipDuplicates: true,
  });
  const user = await tx.user.findUniqueOrThrow({
    where: { seekerId: linked.seekerId },
    select: { id: true, username: true, role: true, employerId: true, seekerId: true, displayName: true, disabledAt: true },
  });
  // Thrown inside the transaction so the code stays unused: a disabled account gets no session.
  if (user.disabledAt) throw new AppError("FORBIDDEN", "该账号已停用，请联系工作人员");
  const { disabledAt: _disabled, ...authUser } = user;
  return authUser;
}
