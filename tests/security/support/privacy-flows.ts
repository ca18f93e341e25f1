// Steps of the privacy proof that are not the proof itself: making people with valid numbers,
// the phone pre-registration flow through the API, and running the outbox like a server does.
import crypto from "node:crypto";
import { Writable } from "node:stream";
import { createSeededRandom, generateIdNumber, generatePhone, maskPhone } from "@xiezuo/contracts";
import type { AnyRouteSpec } from "../../../apps/api/src/http/route.ts";
import { createLogger } from "../../../apps/api/src/lib/logger.ts";
import { createOutboxRelay } from "../../../apps/api/src/modules/outbox/index.ts";
import { createSearchSync } from "../../../apps/api/src/runtime/search-sync.ts";
import type { TestApp } from "../../../apps/api/src/testing/test-app.ts";
import type { RecordingClient } from "./recording-client.ts";
import { fillPath, neutralParams, paramNames, resourceOfParam } from "./route-requests.ts";
import { PERSONAS, type Persona, type SecurityWorld } from "./security-world.ts";

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

/** A new person; with `checkX` the ID number ends in the check character X (typed as lowercase x later). */
export function makePerson(checkX = false): Person {
  const random = createSeededRandom(crypto.randomInt(2 ** 31));
  for (;;) {
    const birthDate = `19${70 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-2${Math.floor(random() * 8)}`;
    const idNumber = generateIdNumber({ regionCode: "433126", birthDate, gender: random() < 0.5 ? "MALE" : "FEMALE" }, random);
    if (!checkX || idNumber.endsWith("X")) {
      return { name: `隐私${crypto.randomBytes(3).toString("hex")}`, idNumber, phone: generatePhone(random) };
    }
  }
}

/** Registers on the phone page, reads the code as ADMIN from the development outbox, confirms it: a SEEKER cookie. */
export async function preRegister(client: RecordingClient, input: { fairId: string; person: Person; adminCookie: string }) {
  const registered = await client.call("post", `/api/public/fairs/${input.fairId}/registrations`, {
    body: { name: input.person.name, idNumber: input.person.idNumber, phone: input.person.phone, consent: true },
  });
  if (registered.status !== 202) throw new Error(`pre-registration: ${registered.status} ${registered.text}`);
  const outbox = await client.call("get", "/api/notifications/outbox", { cookie: input.adminCookie, query: { kind: "VERIFICATION_CODE" } });
  const message = (outbox.body.notifications as { phoneMasked: string; text: string }[]).find(
    (n) => n.phoneMasked === maskPhone(input.person.phone),
  );
  const code = message && /(\d{6})/.exec(message.text)?.[1];
  if (!code) throw new Error(`no verification code in the outbox for ${maskPhone(input.person.phone)}`);
  const verified = await client.call("post", `/api/public/verifications/${registered.body.verificationId}`, { body: { code } });
  if (verified.status !== 200) throw new Error(`verification: ${verified.status} ${verified.text}`);
  const cookie = ([] as string[]).concat(verified.headers["set-cookie"] ?? []).find((c) => c.startsWith("xz_session="));
  return { cookie: cookie!.split(";")[0]!, userId: verified.body.user.id as string };
}

/** The relay a server runs (search, matching index, notifications), its logs going to the test app's log lines. */
export async function drainOutbox(t: TestApp): Promise<void> {
  const logger = createLogger(
    "info",
    new Writable({
      write(chunk, _enc, done) {
        t.logs.push(String(chunk));
        done();
      },
    }),
  );
  const sync = createSearchSync({ db: t.db, search: t.search, index: t.positionIndex, seekerIndex: t.seekerIndex, logger });
  const relay = createOutboxRelay({
    db: t.db,
    handlers: { ...sync.handlers, ...t.notificationHandlers },
    logger,
    instanceId: "privacy-proof",
  });
  // Positions and seekers written by factories have no events: fill the indexes as a start-up does.
  await sync.catchUpOnStart();
  while ((await relay.drainOnce()).claimed > 0);
}

/**
 * Every GET route, as every persona it lets in, for each given seeker where it takes one, in
 * every `format` its query offers (json, csv, xlsx…).
 */
export async function readEveryGetRoute(
  client: RecordingClient,
  specs: readonly AnyRouteSpec[],
  input: { world: SecurityWorld; seekerIds: string[]; cookieOf: (persona: Persona) => string | undefined },
): Promise<void> {
  for (const spec of specs.filter((s) => s.method === "get")) {
    const base = neutralParams(spec.path, input.world);
    const seekerParams = paramNames(spec.path).filter((name) => resourceOfParam(spec.path, name) === "seeker");
    const paramSets =
      seekerParams.length > 0
        ? input.seekerIds.map((id) => ({ ...base, ...Object.fromEntries(seekerParams.map((name) => [name, id])) }))
        : [base];
    const query = spec.query?.toJSONSchema({ io: "input", unrepresentable: "any" }) as
      | { properties?: { format?: { enum?: string[] } } }
      | undefined;
    const formats = query?.properties?.format?.enum ?? [undefined];
    const personas = PERSONAS.filter(
      (p) => spec.access === "public" || (p !== "ANONYMOUS" && (spec.access === "signed-in" || spec.access.includes(p))),
    );
    for (const persona of personas) {
      for (const params of paramSets) {
        for (const format of formats) {
          const options = { cookie: input.cookieOf(persona), query: format ? { format } : undefined, binary: format === "xlsx" };
          await client.call("get", fillPath(spec.path, params), options);
        }
      }
    }
  }
}
