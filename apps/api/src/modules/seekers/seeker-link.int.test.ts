// The one create-or-link of a seeker (seeker-link.repository.ts) against a real PostgreSQL:
// however many units of work ask for the same ID number at once, one seeker is made, every
// other one links to it, and matching hears of it once.
import crypto from "node:crypto";
import { createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { sealIdentity } from "../../lib/personal-data.ts";
import { createHousehold } from "../../testing/factories.ts";
import { testFieldCrypto } from "../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../testing/test-database.ts";
import { runUnitOfWork } from "../outbox/index.ts";
import { createOrLinkSeeker, SEEKER_CHANGED, type SeekerDraft } from "./index.ts";

const database = useTestDatabase();
const fieldCrypto = testFieldCrypto();

function draft(overrides: Partial<SeekerDraft> = {}): SeekerDraft {
  const random = createSeededRandom(crypto.randomInt(2 ** 31));
  const idNumber = generateIdNumber({ regionCode: "433126", birthDate: "1988-04-12", gender: "FEMALE" }, random);
  return {
    name: `并发${crypto.randomBytes(3).toString("hex")}`,
    ...sealIdentity(fieldCrypto, { idNumber, phone: generatePhone(random) }),
    gender: "FEMALE",
    birthDate: new Date("1988-04-12T00:00:00.000Z"),
    householdCode: null,
    education: null,
    skills: [],
    preferredCities: [],
    jobFamilies: ["焊工"],
    expectedWageMin: null,
    needsLodging: false,
    consentAt: new Date(),
    ...overrides,
  };
}

describe("createOrLinkSeeker", () => {
  it("makes one seeker of eight concurrent requests for the same ID number", async () => {
    const same = draft();
    const links = await Promise.all(Array.from({ length: 8 }, () => runUnitOfWork(database.db, (work) => createOrLinkSeeker(work, same))));
    expect(links.filter((link) => link.created)).toHaveLength(1);
    const ids = new Set(links.map((link) => link.seeker.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(await database.db.seeker.count({ where: { idNumberHash: same.idNumberHash } })).toBe(1);
    expect(await database.db.outboxEvent.count({ where: { topic: SEEKER_CHANGED, aggregateId: id! } })).toBe(1);
  });

  it("links a household by its code and reports a code the registry does not know", async () => {
    const household = await createHousehold(database.db);
    const known = await runUnitOfWork(database.db, (work) => createOrLinkSeeker(work, draft({ householdCode: household.code })));
    expect(known).toMatchObject({ created: true, householdMissing: false });
    const row = await database.db.seeker.findUniqueOrThrow({ where: { id: known.seeker.id } });
    expect(row.householdId).toBe(household.id);
    const unknown = await runUnitOfWork(database.db, (work) => createOrLinkSeeker(work, draft({ householdCode: "433126999999" })));
    expect(unknown).toMatchObject({ created: true, householdMissing: true });
  });

  it("writes nothing when the caller's unit of work fails", async () => {
    const lost = draft();
    await expect(
      runUnitOfWork(database.db, async (work) => {
        await createOrLinkSeeker(work, lost);
        throw new Error("the caller's change failed");
      }),
    ).rejects.toThrow("the caller's change failed");
    expect(await database.db.seeker.count({ where: { idNumberHash: lost.idNumberHash } })).toBe(0);
  });
});
