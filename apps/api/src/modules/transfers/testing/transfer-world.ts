// The people and bureaus of the transfer tests: Guzhang (433126) organises, Jinan (370100) is
// where the bus goes, Fenghuang (433123) has nothing to do with it; six Guzhang villagers of
// one household and one Fenghuang villager.
import request from "supertest";
import { createHousehold, createOrganisation, createSeeker, createUser } from "../../../testing/factories.ts";
import { signIn } from "../../../testing/sign-in.ts";
import type { TestApp } from "../../../testing/test-app.ts";

export type Seeker = Awaited<ReturnType<typeof createSeeker>>;

async function bureauCookie(t: TestApp, role: "ADMIN" | "STAFF", organisationId?: string): Promise<string> {
  const user = await createUser(t.db, { role, organisationId });
  return signIn(t.app, user.username, user.password);
}

export async function createTransferWorld(t: TestApp) {
  const [guzhang, jinan, fenghuang] = await Promise.all([
    createOrganisation(t.db, "433126"),
    createOrganisation(t.db, "370100"),
    createOrganisation(t.db, "433123"),
  ]);
  const household = await createHousehold(t.db, { regionCode: "433126", township: "默戎镇", village: "牙龙村" });
  const villagers: Seeker[] = [];
  for (let i = 0; i < 6; i++) villagers.push(await createSeeker(t.db, t.fieldCrypto, { householdId: household.id }));
  const elsewhere = await createSeeker(t.db, t.fieldCrypto, { regionCode: "433123" });
  return {
    organisations: { guzhang, jinan, fenghuang },
    household,
    villagers,
    /** Homed in Fenghuang: outside Guzhang's jurisdiction. */
    elsewhere,
    cookies: {
      guzhang: await bureauCookie(t, "STAFF", guzhang.id),
      jinan: await bureauCookie(t, "STAFF", jinan.id),
      fenghuang: await bureauCookie(t, "STAFF", fenghuang.id),
      platform: await bureauCookie(t, "ADMIN"),
    },
  };
}

export type TransferWorld = Awaited<ReturnType<typeof createTransferWorld>>;

/** A request as `cookie`, JSON body when given. */
export function call(t: TestApp, cookie: string, method: "get" | "post", path: string, body?: unknown) {
  const req = request(t.app)[method](`/api${path}`).set("Cookie", cookie);
  return body === undefined ? req : req.send(body as object);
}

/** Guzhang plans a bus to Jinan through the API and lists `people`. */
export async function planTransfer(t: TestApp, world: TransferWorld, people: Seeker[], employerId?: string): Promise<string> {
  const created = await call(t, world.cookies.guzhang, "post", "/transfers", {
    title: "古丈—济南 春风行动第一批",
    departsAt: "2026-03-01T07:30:00+08:00",
    transport: "BUS",
    destinationRegionCode: "370100",
    ...(employerId ? { employerId } : {}),
  });
  if (created.status !== 201) throw new Error(`transfer not created: ${created.status} ${created.text}`);
  const id: string = created.body.transfer.id;
  if (people.length > 0) {
    const listed = await call(t, world.cookies.guzhang, "post", `/transfers/${id}/members/bulk`, { seekerIds: people.map((p) => p.id) });
    if (listed.status !== 200) throw new Error(`members not listed: ${listed.status} ${listed.text}`);
  }
  return id;
}
