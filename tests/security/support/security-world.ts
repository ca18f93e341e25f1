// A small world for the security tests: two employers that must never see each other's
// objects, a third ("neutral") one whose objects the role sweep may change freely, seekers
// with intents and placements, and a signed-in SEEKER. Built with the shared factories;
// intents, placements and SEEKER accounts are written here because no factory exists yet.
import crypto from "node:crypto";
import type { AnyRouteSpec } from "../../../apps/api/src/http/route.ts";
import { sealIdentity } from "../../../apps/api/src/lib/personal-data.ts";
import type { Db } from "../../../apps/api/src/lib/prisma.ts";
import { createSessionToken, SESSION_COOKIE, sessionIdFromToken } from "../../../apps/api/src/modules/auth/session-token.ts";
import { createRosterRow, createSubsidyRuleRow } from "../../../apps/api/src/modules/subsidies/testing/subsidy-rows.ts";
import { addMemberRows, createTransferRow } from "../../../apps/api/src/modules/transfers/testing/transfer-rows.ts";
import {
  createEmployer,
  createFair,
  createHousehold,
  createOrganisation,
  createPosition,
  createSeeker,
  createUser,
  joinFair,
} from "../../../apps/api/src/testing/factories.ts";
import type { TestApp } from "../../../apps/api/src/testing/test-app.ts";

export const PERSONAS = ["ANONYMOUS", "ADMIN", "STAFF", "EMPLOYER", "SEEKER"] as const;
export type Persona = (typeof PERSONAS)[number];

/** A persona the route lets in: anonymous on public routes, ADMIN where allowed, else the first role. */
export function callerFor(spec: Pick<AnyRouteSpec, "access">): Persona {
  if (spec.access === "public") return "ANONYMOUS";
  if (spec.access === "signed-in" || spec.access.includes("ADMIN")) return "ADMIN";
  return spec.access[0]!;
}

type Seeker = Awaited<ReturnType<typeof createSeeker>>;

/** What one employer (or the neutral corner of the world) owns. */
export interface Side {
  employerId: string;
  userId: string;
  username: string;
  positionId: string;
  /** A second open position, so closing one leaves the other for later checks. */
  spareId: string;
  seeker: Seeker;
  intentId: string;
  placementId: string;
  /** Has an intent on the spare position and no placement yet. */
  applicant: Seeker;
  /**
   * An organised transfer to the employer: departed with `seeker` and `applicant` on board for
   * `mine` and `other` (the EMPLOYER confirms arrivals), still planned with `seeker` listed for
   * the neutral corner.
   */
  transferId: string;
}

export interface SecurityWorld {
  fairId: string;
  mine: Side;
  other: Side;
  neutral: Side & {
    registrationId: string;
    staffUserId: string;
    importId: string;
    householdId: string;
    organisationId: string;
    /** A subsidy rule of Guzhang with an approved roster listing the neutral seeker (payments, notice). */
    subsidy: { ruleId: string; rosterId: string; entryId: string };
  };
  admin: { userId: string; username: string };
  staff: { userId: string; username: string };
  /** The signed-in SEEKER and a second one it must never see. */
  self: { userId: string; username: string; seeker: Seeker; intentId: string };
  stranger: { userId: string; username: string; seeker: Seeker; intentId: string };
  seekers: Seeker[];
  /** A fresh session for the persona (the EMPLOYER is `mine`, the SEEKER is `self`); undefined for ANONYMOUS. */
  cookieFor(persona: Persona): Promise<string | undefined>;
  cookieForUser(userId: string): Promise<string>;
}

export function createIntentRow(db: Db, seekerId: string, positionId: string, fairId: string | null) {
  return db.intent.create({ data: { seekerId, positionId, fairId } });
}

export function createPlacementRow(db: Db, input: { seekerId: string; employerId: string; positionId: string | null }) {
  return db.placement.create({
    data: {
      ...input,
      startedOn: new Date("2026-03-01T00:00:00Z"),
      monthlyWage: 5200,
      workCity: "济南",
      workRegionCode: "370102",
      channel: "FAIR",
    },
  });
}

export async function createSeekerAccount(db: Db, seekerId: string) {
  return db.user.create({
    data: { username: `seeker_${crypto.randomBytes(4).toString("hex")}`, passwordHash: "!unusable", role: "SEEKER", seekerId },
  });
}

/** Sessions are minted directly: a route that signs out or disables must not spoil the next request. */
export async function mintSession(db: Db, userId: string): Promise<string> {
  const token = createSessionToken();
  await db.session.create({ data: { id: sessionIdFromToken(token), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
  return `${SESSION_COOKIE}=${token}`;
}

async function createSide(t: TestApp, fairId: string, transfer: { organisationId: string; departed: boolean }): Promise<Side> {
  const employer = await createEmployer(t.db);
  await joinFair(t.db, fairId, employer.id, `B-${crypto.randomBytes(2).toString("hex")}`);
  const user = await createUser(t.db, { role: "EMPLOYER", employerId: employer.id });
  const position = await createPosition(t.db, employer.id, { fairIds: [fairId] });
  const spare = await createPosition(t.db, employer.id, { fairIds: [fairId] });
  const seeker = await createSeeker(t.db, t.fieldCrypto);
  const intent = await createIntentRow(t.db, seeker.id, position.id, fairId);
  const placement = await createPlacementRow(t.db, { seekerId: seeker.id, employerId: employer.id, positionId: position.id });
  const applicant = await createSeeker(t.db, t.fieldCrypto);
  await createIntentRow(t.db, applicant.id, spare.id, fairId);
  const { organisationId, departed } = transfer;
  const journey = await createTransferRow(t.db, { organisationId, employerId: employer.id, status: departed ? "DEPARTED" : "PLANNED" });
  if (departed) await addMemberRows(t.db, journey.id, [seeker.id, applicant.id], "BOARDED");
  else await addMemberRows(t.db, journey.id, [seeker.id]);
  return {
    employerId: employer.id,
    userId: user.id,
    username: user.username,
    positionId: position.id,
    spareId: spare.id,
    seeker,
    intentId: intent.id,
    placementId: placement.id,
    applicant,
    transferId: journey.id,
  };
}

async function createSeekerPersona(t: TestApp, positionId: string, fairId: string) {
  const seeker = await createSeeker(t.db, t.fieldCrypto);
  const user = await createSeekerAccount(t.db, seeker.id);
  const intent = await createIntentRow(t.db, seeker.id, positionId, fairId);
  return { userId: user.id, username: user.username, seeker, intentId: intent.id };
}

export async function createSecurityWorld(t: TestApp): Promise<SecurityWorld> {
  const fair = await createFair(t.db, { status: "OPEN" });
  const guzhang = await createOrganisation(t.db, "433126");
  const mine = await createSide(t, fair.id, { organisationId: guzhang.id, departed: true });
  const other = await createSide(t, fair.id, { organisationId: guzhang.id, departed: true });
  const neutralSide = await createSide(t, fair.id, { organisationId: guzhang.id, departed: false });
  const admin = await createUser(t.db, { role: "ADMIN" });
  const staff = await createUser(t.db, { role: "STAFF" });
  const neutralStaff = await createUser(t.db, { role: "STAFF" });
  // The SEEKERs' intents are on the neutral employer: neither `mine` nor `other` may see them.
  const self = await createSeekerPersona(t, neutralSide.positionId, fair.id);
  const stranger = await createSeekerPersona(t, neutralSide.spareId, fair.id);
  const pending = await createSeeker(t.db, t.fieldCrypto);
  const registration = await t.db.registration.create({
    data: {
      fairId: fair.id,
      name: pending.name,
      ...sealIdentity(t.fieldCrypto, { idNumber: pending.idNumber, phone: pending.phone }),
      consentAt: new Date(),
      codeHash: crypto.randomBytes(16).toString("hex"),
      codeExpiresAt: new Date(Date.now() + 600_000),
    },
  });

  const progress = await t.db.importProgress.create({ data: { id: crypto.randomUUID(), kind: "households", actorUserId: admin.id } });
  const household = await createHousehold(t.db);
  const subsidyRule = await createSubsidyRuleRow(t.db, { organisationId: guzhang.id });
  const roster = await createRosterRow(t.db, subsidyRule.id, [neutralSide.seeker.id], "APPROVED");

  const cookieForUser = (userId: string) => mintSession(t.db, userId);
  const personaUser: Record<Exclude<Persona, "ANONYMOUS">, string> = {
    ADMIN: admin.id,
    STAFF: staff.id,
    EMPLOYER: mine.userId,
    SEEKER: self.userId,
  };
  return {
    fairId: fair.id,
    mine,
    other,
    neutral: {
      ...neutralSide,
      registrationId: registration.id,
      staffUserId: neutralStaff.id,
      importId: progress.id,
      householdId: household.id,
      organisationId: guzhang.id,
      subsidy: { ruleId: subsidyRule.id, rosterId: roster.id, entryId: roster.entries[0]!.id },
    },
    admin: { userId: admin.id, username: admin.username },
    staff: { userId: staff.id, username: staff.username },
    self,
    stranger,
    seekers: [mine, other, neutralSide].flatMap((side) => [side.seeker, side.applicant]).concat(self.seeker, stranger.seeker, pending),
    cookieFor: async (persona) => (persona === "ANONYMOUS" ? undefined : cookieForUser(personaUser[persona])),
    cookieForUser,
  };
}
