// Privacy proof: register seekers (at the desk, and on their phones when that route exists),
// use every read route as every persona, then scan every response body and header, every
// URL asked for, every log line, both search indexes and every plain database column for
// the raw ID and phone numbers: zero hits. The scanner proves it can find a planted one.
import crypto from "node:crypto";
import { maskIdNumber } from "@xiezuo/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { drainOutbox, makePerson, type Person, preRegister, readEveryGetRoute } from "./support/privacy-flows.ts";
import { Corpus, needlesFor, type PersonNumbers, scanText } from "./support/raw-number-scanner.ts";
import { createRecordingClient } from "./support/recording-client.ts";
import { routeKey } from "./support/route-requests.ts";
import { createSecurityWorld, type Persona, type SecurityWorld } from "./support/security-world.ts";

const t = await createTestApp();
const client = createRecordingClient(t.app);
const specs = t.registry.specs;
const hasRoute = (key: string) => specs.some((s) => routeKey(s) === key);
let world: SecurityWorld;
const cookies = new Map<Persona, string>();
/** Every person whose numbers went in; typed variants that must not come back either. */
const numbers: PersonNumbers[] = [];
const deskSeekerIds: string[] = [];
const people = {
  plain: makePerson(),
  spaced: makePerson(true),
  prefixed: makePerson(),
  phoneOnly: makePerson(),
  unknown: makePerson(),
  // Staff phones are personal data too: a bureau's alert phone, an employer's contact phone.
  alertPhone: makePerson(),
  contactPhone: makePerson(),
};

beforeAll(async () => {
  world = await createSecurityWorld(t);
  numbers.push(...world.seekers, ...Object.values(people));
  for (const persona of ["ADMIN", "STAFF", "EMPLOYER", "SEEKER"] as const) cookies.set(persona, (await world.cookieFor(persona))!);
});
afterAll(() => t.close());

const as = (persona: Persona) => cookies.get(persona);
const clientRequestId = () => `privacy-${crypto.randomBytes(6).toString("hex")}`;

describe("privacy proof: no raw ID or phone number leaves the platform", () => {
  it("registers seekers at the desk (typed with separators, +86 and a lowercase x), looks them up and checks them in by ID number", async () => {
    const typed: [Person, string, string][] = [
      [people.plain, people.plain.idNumber, people.plain.phone],
      [
        people.spaced,
        people.spaced.idNumber.toLowerCase(),
        `${people.spaced.phone.slice(0, 3)} ${people.spaced.phone.slice(3, 7)} ${people.spaced.phone.slice(7)}`,
      ],
      [
        people.prefixed,
        people.prefixed.idNumber,
        `+86-${people.prefixed.phone.slice(0, 3)}-${people.prefixed.phone.slice(3, 7)}-${people.prefixed.phone.slice(7)}`,
      ],
    ];
    for (const [person, idNumber, phone] of typed) {
      const res = await client.call("post", "/api/seekers", {
        cookie: as("STAFF"),
        body: { name: person.name, idNumber, phone, consent: true },
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body.seeker.idNumberMasked).toBe(maskIdNumber(person.idNumber));
      deskSeekerIds.push(res.body.seeker.id);
    }
    const again = await client.call("post", "/api/seekers", { cookie: as("ADMIN"), body: { ...people.plain, consent: true } });
    expect(again.status).toBe(409);
    const typo = `${people.plain.idNumber.slice(0, 17)}${people.plain.idNumber.endsWith("0") ? "1" : "0"}`;
    numbers.push({ idNumber: typo, phone: people.phoneOnly.phone });
    expect(
      (
        await client.call("post", "/api/seekers", {
          cookie: as("STAFF"),
          body: { name: "打错", idNumber: typo, phone: people.phoneOnly.phone, consent: true },
        })
      ).status,
    ).toBe(400);

    for (const idNumber of [people.plain.idNumber, people.spaced.idNumber.toLowerCase(), people.unknown.idNumber]) {
      const res = await client.call("post", "/api/seekers/lookup", { cookie: as("STAFF"), body: { idNumber } });
      expect(res.status).toBe(idNumber === people.unknown.idNumber ? 404 : 200);
    }
    for (const person of [people.plain, people.spaced, people.prefixed, people.plain, people.unknown]) {
      const res = await client.call("post", `/api/fairs/${world.fairId}/checkins`, {
        cookie: as("STAFF"),
        body: { idNumber: person.idNumber, clientRequestId: clientRequestId() },
      });
      expect([200, 201, 404]).toContain(res.status);
    }
  });

  it.runIf(hasRoute("POST /public/fairs/:id/registrations"))(
    "pre-registers people on their phones (one already known), signs them in with the code and uses the seeker's own pages",
    async () => {
      const fresh = await preRegister(client, { fairId: world.fairId, person: people.phoneOnly, adminCookie: as("ADMIN")! });
      await preRegister(client, { fairId: world.fairId, person: people.plain, adminCookie: as("ADMIN")! });
      cookies.set("SEEKER", fresh.cookie);
      // Signing in again by phone: a seeker's number and one nobody has; neither may land anywhere.
      if (hasRoute("POST /public/sign-in")) {
        for (const phone of [people.phoneOnly.phone, people.unknown.phone])
          expect((await client.call("post", "/api/public/sign-in", { body: { phone } })).status).toBe(202);
      }
      const interest = await client.call("post", "/api/me/interests", {
        cookie: fresh.cookie,
        body: { positionId: world.neutral.positionId, fairId: world.fairId },
      });
      expect([200, 201]).toContain(interest.status);
      const list = await client.call("get", `/api/fairs/${world.fairId}/registrations`, { cookie: as("STAFF"), query: { state: "ALL" } });
      expect(list.status).toBe(200);
      expect(
        (await client.call("post", `/api/registrations/${world.neutral.registrationId}/confirm`, { cookie: as("STAFF") })).status,
      ).toBe(200);
    },
  );

  it("records intents, a hire, a placement, its follow-up and reminder, unmasks once (audited), and delivers the messages", async () => {
    const seekerId = deskSeekerIds[0]!;
    const intent = await client.call("post", "/api/intents", {
      cookie: as("STAFF"),
      body: { seekerId, positionId: world.mine.positionId, fairId: world.fairId },
    });
    expect(intent.status, intent.text).toBe(201);
    expect(
      (await client.call("patch", `/api/intents/${intent.body.intent.id}`, { cookie: as("EMPLOYER"), body: { status: "HIRED" } })).status,
    ).toBe(200);
    const placement = await client.call("post", "/api/placements", {
      cookie: as("STAFF"),
      body: {
        seekerId,
        employerId: world.mine.employerId,
        positionId: world.mine.positionId,
        startedOn: "2026-05-21",
        monthlyWage: 5600,
        workCity: "济南",
        channel: "FAIR",
      },
    });
    expect(placement.status, placement.text).toBe(201);
    const placementId = placement.body.placement.id as string;
    expect(
      (
        await client.call("post", `/api/placements/${placementId}/followups`, {
          cookie: as("STAFF"),
          body: { checkedOn: "2026-06-21", employed: true, monthlyWage: 5600 },
        })
      ).status,
    ).toBe(201);
    if (hasRoute("POST /placements/:id/reminders"))
      expect((await client.call("post", `/api/placements/${placementId}/reminders`, { cookie: as("STAFF") })).status).toBe(202);
    if (hasRoute("PATCH /organisations/:id")) {
      const organisation = await client.call("patch", `/api/organisations/${world.neutral.organisationId}`, {
        cookie: as("ADMIN"),
        body: { alertPhone: people.alertPhone.phone },
      });
      expect(organisation.status, organisation.text).toBe(200);
      const employer = await client.call("patch", `/api/employers/${world.mine.employerId}`, {
        cookie: as("ADMIN"),
        body: { contactPhone: people.contactPhone.phone },
      });
      expect(employer.status, employer.text).toBe(200);
      const reminders = await client.call("post", "/api/notifications/employer-reminders", { cookie: as("ADMIN"), body: {} });
      expect(reminders.status, reminders.text).toBe(200);
      expect(reminders.body.queued).toBeGreaterThan(0);
    }

    // The one answer made to carry raw numbers (ADMIN, with a reason, audited): exempt from the body scan, so check it does.
    const unmasked = await client.call("post", `/api/seekers/${seekerId}/unmask`, {
      cookie: as("ADMIN"),
      body: { reason: "核对身份证件" },
      exemptBody: true,
    });
    expect(unmasked.body).toEqual({ idNumber: people.plain.idNumber, phone: people.plain.phone });
    expect(scanText("unmask", JSON.stringify(unmasked.body), needlesFor([people.plain]))).toHaveLength(2);

    await drainOutbox(t);
    expect(await t.db.outboxEvent.count({ where: { processedAt: null } })).toBe(0);
  });

  it("reads every GET route as every persona it allows, reports in every format", async () => {
    const seekerIds = [...deskSeekerIds, world.mine.seeker.id, world.neutral.seeker.id];
    await readEveryGetRoute(client, specs, { world, seekerIds, cookieOf: as });
    await client.call("get", "/api/seekers", { cookie: as("STAFF"), query: { q: people.plain.name } });
    await client.call("get", "/api/search/positions", { query: { q: "普工", limit: "100" } });
    expect(client.exchanges.filter((e) => e.status >= 500)).toEqual([]);
    expect(client.exchanges.filter((e) => e.method === "get" && e.status === 200).length).toBeGreaterThan(
      specs.filter((s) => s.method === "get").length,
    );
  });

  it("the scanner finds a planted number in every kind of source, typed any way (so a clean scan means something)", async () => {
    const planted = makePerson(true);
    const needles = needlesFor([planted]);
    const [id, phone] = [planted.idNumber, planted.phone];
    const forms = [
      `{"idNumber":"${id}"}`,
      `{"idNumber":"${id.slice(0, 17)}x"}`,
      `GET /api/seekers?id=${id}`,
      `{"msg":"sms to ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}"}`,
      `Location: /x/%2B86%20${phone}`,
      `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
    ];
    for (const form of forms) expect(scanText("planted", form, needles), form).not.toEqual([]);
    const corpus = new Corpus();
    for (const line of t.logs) corpus.add("log", line);
    corpus.add("log", `{"level":30,"msg":"leak ${phone}"}`);
    expect(corpus.scan(needles).map((h) => h.needle.value)).toEqual([phone]);
  });

  it("finds none of the raw numbers in responses, headers, URLs, logs, the search indexes or plain database columns", async () => {
    const corpus = new Corpus();
    for (const e of client.exchanges) {
      const label = `${e.method.toUpperCase()} ${e.url} → ${e.status}`;
      corpus.add(`url: ${label}`, e.url);
      corpus.add(`headers: ${label}`, JSON.stringify(e.headers));
      if (!e.exempt) corpus.add(`body: ${label}`, e.body);
    }
    t.logs.forEach((line, i) => {
      corpus.add(`log line ${i}`, line);
    });
    for (const uid of [t.positionIndex.uid, t.seekerIndex.uid]) {
      const { results } = await t.search.index(uid).getDocuments({ limit: 10_000 });
      expect(results.length, `documents in ${uid}`).toBeGreaterThan(0);
      corpus.add(`search index ${uid}`, JSON.stringify(results));
    }
    const tables = await t.db.$queryRaw<
      { name: string }[]
    >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    for (const { name } of tables) {
      const rows = await t.db.$queryRawUnsafe<{ row: string }[]>(`SELECT r::text AS row FROM "${name}" r`);
      corpus.add(`table ${name}`, rows.map((r) => r.row).join("\n"));
    }
    expect(client.exchanges.length).toBeGreaterThan(100);
    expect(t.logs.length).toBeGreaterThan(100);
    const hits = corpus.scan(needlesFor(numbers));
    expect(hits.map((h) => `${h.source}: ${h.needle.kind} in …${h.excerpt}…`)).toEqual([]);
  });
});
