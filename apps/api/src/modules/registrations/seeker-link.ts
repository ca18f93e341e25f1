// Turns a claimed pre-registration into a seeker through the seekers module's one
// create-or-link (createOrLinkSeeker: the same ID number always ends as the same seeker, also
// between two fairs' verifications racing). A seeker the registry already knows keeps the
// registry's data (only the kinds of work wanted follow the latest registration from the
// seeker's own phone); the desk is told what differs.
import { parseIdNumber } from "@xiezuo/contracts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import type { UnitOfWork } from "../outbox/index.ts";
import { createOrLinkSeeker, type LinkedSeekerRecord, replaceSeekerJobFamilies } from "../seekers/index.ts";

export const PHONE_DIFFERS_NOTE = "手机号与登记信息不一致，请现场核验";
export const HOUSEHOLD_UNKNOWN_NOTE = "户编号未在户籍名单中找到，请现场核验";

export interface LinkedSeeker {
  seekerId: string;
  name: string;
  created: boolean;
  reviewNote: string | null;
}

/** The identity a claimed registration carries, sealed as it was at registration. */
export interface RegistrationIdentity {
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

export async function linkRegistrationSeeker(
  work: UnitOfWork,
  fieldCrypto: FieldCrypto,
  registration: RegistrationIdentity,
): Promise<LinkedSeeker> {
  const { gender, birthDate } = parseIdNumber(fieldCrypto.decrypt(registration.idNumberCipher));
  const link = await createOrLinkSeeker(work, {
    ...registration,
    gender,
    birthDate: new Date(`${birthDate}T00:00:00.000Z`),
    education: null,
    skills: [],
    needsLodging: false,
  });
  if (link.created) {
    const reviewNote = link.householdMissing ? HOUSEHOLD_UNKNOWN_NOTE : null;
    return { seekerId: link.seeker.id, name: link.seeker.name, created: true, reviewNote };
  }
  return asExisting(work, link.seeker, registration);
}

/**
 * The registry's identity data stays as it is, but what work the person wants now is theirs
 * to say: a registration from the seeker's own phone that names kinds of work replaces the
 * seeker's (matching follows). From another phone it changes nothing: the desk has a look.
 */
async function asExisting(work: UnitOfWork, seeker: LinkedSeekerRecord, registration: RegistrationIdentity): Promise<LinkedSeeker> {
  const samePhone = seeker.phoneHash === registration.phoneHash;
  const wishes = registration.jobFamilies;
  if (samePhone && wishes.length > 0 && wishes.join("\n") !== seeker.jobFamilies.join("\n")) {
    await replaceSeekerJobFamilies(work, seeker.id, wishes);
  }
  return {
    seekerId: seeker.id,
    name: seeker.name,
    created: false,
    reviewNote: samePhone ? null : PHONE_DIFFERS_NOTE,
  };
}
