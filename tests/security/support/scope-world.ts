// The world of the jurisdiction matrix: one Guzhang household whose member came to a fair
// Guzhang hosts with Jinan as partner, showed intent, and works for a Jinan employer; and
// bureau accounts on every side of it. Each route is asked about these objects from
//   own       古丈县 433126 (the exporting county, the fair's host)
//   parent    湘西州 433100 (the prefecture above it)
//   partner   济南市 370100 (the importing city: the fair's partner, the placement's work side)
//   unrelated 凤凰县 433123 (another county of the same prefecture)
//   platform  accounts without organisation
// The worker is also listed on a transfer Guzhang organises to Jinan (370100).
import crypto from "node:crypto";
import { sealIdentity } from "../../../apps/api/src/lib/personal-data.ts";
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
import { createIntentRow, mintSession } from "./security-world.ts";

export const SIDES = ["own", "parent", "partner", "unrelated", "platform"] as const;
export type Side = (typeof SIDES)[number];

const REGION_OF: Record<Exclude<Side, "platform">, string> = {
  own: "433126",
  parent: "433100",
  partner: "370100",
  unrelated: "433123",
};

export interface ScopeWorld {
  organisationIds: Record<Exclude<Side, "platform">, string>;
  fairId: string;
  employerId: string;
  positionId: string;
  seeker: Awaited<ReturnType<typeof createSeeker>>;
  householdId: string;
  householdCode: string;
  intentId: string;
  placementId: string;
  registrationId: string;
  importId: string;
  /** Planned by the own county to the partner city (370100), the worker listed. */
  transferId: string;
  /** A transport subsidy rule of the own county, with a draft roster listing the worker. */
  subsidy: { ruleId: string; rosterId: string; entryId: string };
  /** A Guzhang desk account that the users routes act on (never signed in here). */
  targetUser: { id: string; username: string };
  badgeToken: string;
  /** A fresh session of the side's account with this role. */
  cookieFor(side: Side, role: "ADMIN" | "STAFF"): Promise<string>;
  /** What must not appear in a list answered to a side that may not see the Guzhang worker. */
  markers: string[];
}

export async function createScopeWorld(t: TestApp, signBadge: (seekerId: string) => string): Promise<ScopeWorld> {
  const organisationIds = {} as ScopeWorld["organisationIds"];
  const accounts = new Map<string, string>();
  for (const side of SIDES) {
    const organisationId =
      side === "platform" ? undefined : (await createOrganisation(t.db, REGION_OF[side], `${side}-${REGION_OF[side]}`)).id;
    if (organisationId && side !== "platform") organisationIds[side] = organisationId;
    for (const role of ["ADMIN", "STAFF"] as const) {
      accounts.set(`${side}:${role}`, (await createUser(t.db, { role, organisationId })).id);
    }
  }
  const household = await createHousehold(t.db, { regionCode: "433126" });
  const seeker = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id });
  const employer = await createEmployer(t.db, { regionCode: "370102" });
  const fair = await createFair(t.db, { hostOrganisationId: organisationIds.own, partnerOrganisationIds: [organisationIds.partner] });
  await joinFair(t.db, fair.id, employer.id, "A01");
  const position = await createPosition(t.db, employer.id, { fairIds: [fair.id] });
  const intent = await createIntentRow(t.db, seeker.id, position.id, fair.id);
  const placement = await t.db.placement.create({
    data: {
      seekerId: seeker.id,
      employerId: employer.id,
      positionId: position.id,
      startedOn: new Date("2026-03-01T00:00:00Z"),
      monthlyWage: 5200,
      workCity: "济南",
      workRegionCode: "370102",
      channel: "LABOUR_COOPERATION",
    },
  });
  const walkIn = await createSeeker(t.db, t.fieldCrypto, { householdId: household.id });
  await t.db.seeker.delete({ where: { id: walkIn.id } });
  const registration = await t.db.registration.create({
    data: {
      fairId: fair.id,
      name: walkIn.name,
      ...sealIdentity(t.fieldCrypto, { idNumber: walkIn.idNumber, phone: walkIn.phone }),
      householdCode: household.code,
      consentAt: new Date(),
      codeHash: crypto.randomBytes(16).toString("hex"),
      codeExpiresAt: new Date(Date.now() + 600_000),
    },
  });
  const progress = await t.db.importProgress.create({
    data: { id: crypto.randomUUID(), kind: "households", actorUserId: accounts.get("own:ADMIN")! },
  });
  const target = await createUser(t.db, { role: "STAFF", organisationId: organisationIds.own });
  const transfer = await createTransferRow(t.db, { organisationId: organisationIds.own, destinationRegionCode: "370100" });
  await addMemberRows(t.db, transfer.id, [seeker.id]);
  const subsidyRule = await createSubsidyRuleRow(t.db, { organisationId: organisationIds.own });
  const roster = await createRosterRow(t.db, subsidyRule.id, [seeker.id]);
  return {
    organisationIds,
    fairId: fair.id,
    employerId: employer.id,
    positionId: position.id,
    seeker,
    householdId: household.id,
    householdCode: household.code,
    intentId: intent.id,
    placementId: placement.id,
    registrationId: registration.id,
    importId: progress.id,
    transferId: transfer.id,
    subsidy: { ruleId: subsidyRule.id, rosterId: roster.id, entryId: roster.entries[0]!.id },
    targetUser: { id: target.id, username: target.username },
    badgeToken: signBadge(seeker.id),
    cookieFor: (side, role) => mintSession(t.db, accounts.get(`${side}:${role}`)!),
    markers: [seeker.id, seeker.name, household.code, placement.id, intent.id, target.username, walkIn.name],
  };
}
