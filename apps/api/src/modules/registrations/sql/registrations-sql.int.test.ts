// Row shapes of the registration and sign-in statements (sql/*.sql.ts) against a real database.
import crypto from "node:crypto";
import { createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { sealIdentity } from "../../../lib/personal-data.ts";
import { queryRows } from "../../../lib/sql-statement.ts";
import { createFair, createSeeker } from "../../../testing/factories.ts";
import { expectRowShape, testFieldCrypto } from "../../../testing/sql-row-shapes.ts";
import { useTestDatabase } from "../../../testing/test-database.ts";
import { REGISTRATION_FAILED_ATTEMPT, SIGN_IN_FAILED_ATTEMPT } from "./code-failed-attempt.sql.ts";
import { WAITING_REGISTRATIONS_COUNT } from "./waiting-registrations-count.sql.ts";
import { WAITING_REGISTRATIONS_PAGE } from "./waiting-registrations-page.sql.ts";

const database = useTestDatabase();
const fieldCrypto = testFieldCrypto();

async function createRegistration(fairId: string) {
  const random = createSeededRandom(crypto.randomInt(2 ** 31));
  const idNumber = generateIdNumber({ regionCode: "433126", birthDate: "1990-03-15", gender: "MALE" }, random);
  return database.db.registration.create({
    data: {
      fairId,
      name: "报名者",
      ...sealIdentity(fieldCrypto, { idNumber, phone: generatePhone(random) }),
      preferredCities: [],
      consentAt: new Date(),
      codeHash: "not-a-real-code",
      codeExpiresAt: new Date(Date.now() + 600_000),
    },
  });
}

describe("registration statements", () => {
  it("lists and counts the people still waiting at the desk", async () => {
    const { db } = database;
    const fair = await createFair(db);
    const waiting = await createRegistration(fair.id);
    const page = expectRowShape(WAITING_REGISTRATIONS_PAGE, await queryRows(db, WAITING_REGISTRATIONS_PAGE, fair.id, 10, 0));
    expect(page).toEqual([{ id: waiting.id }]);
    expect(expectRowShape(WAITING_REGISTRATIONS_COUNT, await queryRows(db, WAITING_REGISTRATIONS_COUNT, fair.id))).toEqual([{ total: 1 }]);
  });

  it("counts a wrong code of a registration and of a sign-in, up to the maximum", async () => {
    const { db } = database;
    const registration = await createRegistration((await createFair(db)).id);
    const counted = expectRowShape(REGISTRATION_FAILED_ATTEMPT, await queryRows(db, REGISTRATION_FAILED_ATTEMPT, registration.id, 1));
    expect(counted).toEqual([{ failedAttempts: 1 }]);
    expect(await queryRows(db, REGISTRATION_FAILED_ATTEMPT, registration.id, 1)).toEqual([]);

    const seeker = await createSeeker(db, fieldCrypto);
    const signIn = await db.seekerSignIn.create({
      data: { id: crypto.randomUUID(), seekerId: seeker.id, codeHash: "not-a-real-code", codeExpiresAt: new Date(Date.now() + 600_000) },
    });
    const signInCounted = expectRowShape(SIGN_IN_FAILED_ATTEMPT, await queryRows(db, SIGN_IN_FAILED_ATTEMPT, signIn.id, 5));
    expect(signInCounted).toEqual([{ failedAttempts: 1 }]);
  });
});
