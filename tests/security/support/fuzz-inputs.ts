// Per-route input arbitraries for the fuzzer: params, query and body from the route's own
// schemas, steered towards values that get past validation (existing ids, valid ID and
// phone numbers), then broken by hostileVariant.
import { createSeededRandom, generateCreditCode, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import fc from "fast-check";
import type { AnyRouteSpec } from "../../../apps/api/src/http/route.ts";
import { hostileString, hostileVariant, oddNumber } from "./hostile-values.ts";
import { neutralParams, type RequestParts } from "./route-requests.ts";
import { arbitraryFromSchema, declaredKeys, type FieldHints, type JsonSchema } from "./schema-arbitrary.ts";
import type { SecurityWorld } from "./security-world.ts";

const seeded = <T>(make: (random: () => number) => T) => fc.integer().map((seed) => make(createSeededRandom(seed)));

export function buildFieldHints(w: SecurityWorld, extra: { badgeToken?: string } = {}): FieldHints {
  const sides = [w.mine, w.other, w.neutral];
  const newIdNumber = seeded((random) =>
    generateIdNumber(
      {
        regionCode: "433126",
        birthDate: `19${70 + Math.floor(random() * 30)}-05-1${Math.floor(random() * 9)}`,
        gender: random() < 0.5 ? "MALE" : "FEMALE",
      },
      random,
    ),
  );
  const knownIdNumber = fc.constantFrom(...w.seekers.map((s) => s.idNumber));
  return {
    idNumber: fc.oneof(
      newIdNumber,
      knownIdNumber,
      knownIdNumber.map((id) => id.toLowerCase()),
    ),
    phone: fc.oneof(seeded(generatePhone), fc.constantFrom(...w.seekers.map((s) => s.phone))),
    creditCode: seeded(generateCreditCode),
    seekerId: fc.constantFrom(...w.seekers.map((s) => s.id)),
    seekerIds: fc.array(fc.constantFrom(...w.seekers.map((s) => s.id)), { minLength: 1, maxLength: 3 }),
    positionId: fc.constantFrom(...sides.flatMap((s) => [s.positionId, s.spareId])),
    employerId: fc.constantFrom(...sides.map((s) => s.employerId)),
    fairId: fc.constant(w.fairId),
    fairIds: fc.constant([w.fairId]),
    regionCode: fc.constant("433126"),
    hostRegionCode: fc.constant("433126"),
    ...(extra.badgeToken ? { badgeToken: fc.constant(extra.badgeToken), token: fc.constant(extra.badgeToken) } : {}),
  };
}

const jsonSchemaOf = (schema: AnyRouteSpec["body"]): JsonSchema | undefined =>
  schema ? (schema.toJSONSchema({ io: "input", unrepresentable: "any" }) as JsonSchema) : undefined;

/** Query strings carry strings: a number or a list of them at most; no field over 2,000 characters (URLs have limits before the API). */
const queryValue = fc.oneof(
  hostileString,
  oddNumber.map(String),
  fc.constant("y".repeat(2_000)),
  fc.array(fc.constantFrom("1", "a"), { maxLength: 3 }),
);

function toQueryStrings(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { q: String(value) };
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      Array.isArray(v)
        ? v.map(String)
        : typeof v === "object" && v !== null
          ? JSON.stringify(v).slice(0, 2_000)
          : String(v).slice(0, 2_000),
    ]),
  );
}

export function requestArbitrary(spec: AnyRouteSpec, w: SecurityWorld, hints: FieldHints): fc.Arbitrary<RequestParts> {
  const neutral = neutralParams(spec.path, w);
  const params = fc.record(
    Object.fromEntries(
      Object.entries(neutral).map(([name, id]) => [
        name,
        fc.oneof({ arbitrary: fc.constant(id), weight: 6 }, fc.uuid(), hostileString, fc.string({ maxLength: 80 })),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;

  const querySchema = jsonSchemaOf(spec.query);
  const query = querySchema
    ? fc.oneof(
        { arbitrary: arbitraryFromSchema(querySchema, hints).map(toQueryStrings), weight: 3 },
        {
          arbitrary: fc
            .tuple(arbitraryFromSchema(querySchema, hints), fc.constantFrom(...declaredKeys(querySchema), "unknown"), queryValue)
            .map(([q, k, v]) => ({ ...toQueryStrings(q), [k]: v })),
          weight: 3,
        },
      )
    : fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 8 },
        fc.dictionary(fc.constantFrom("x", "limit", "__proto__"), fc.constantFrom("1", "a")),
      );

  const bodySchema = jsonSchemaOf(spec.body);
  const body = bodySchema
    ? hostileVariant(arbitraryFromSchema(bodySchema, hints), declaredKeys(bodySchema))
    : fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, hostileVariant(fc.constant({}), []));

  return fc
    .record({ params, query, body })
    .map(({ params: p, query: q, body: b }) => ({ params: p, query: q as Record<string, unknown> | undefined, body: b }));
}
