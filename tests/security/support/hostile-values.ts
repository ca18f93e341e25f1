// What a hostile client sends: injection strings, control characters, wrong types, huge
// strings, deep nesting, prototype keys; and the ways to break an otherwise well-shaped input.
import fc from "fast-check";

export const SQL_INJECTION = "'); DROP TABLE seekers;--";
export const SCRIPT_INJECTION = "<script>alert(1)</script>";

export const hostileString = fc.constantFrom(
  SQL_INJECTION,
  SCRIPT_INJECTION,
  "' OR '1'='1",
  "\u0000",
  "name\u0000with nul",
  "\uD800",
  "\u202Eevil",
  "%00",
  "%E0%A4%A",
  "../../../etc/passwd",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell probe, meant literally
  "${jndi:ldap://127.0.0.1/a}",
  "{{7*7}}",
  "\\",
  '"',
  "\r\n\t",
  " ",
  "",
  "𠀀𠀁𠀂",
  "=cmd|' /C calc'!A0",
  "NaN",
  "-1",
  "1e309",
  "0x7fffffff",
  "null",
  "true",
  "2026-02-30",
  "00000000-0000-0000-0000-000000000000",
);

/** Up to 200k characters: under the 1 MiB body limit, far over any field's maximum. */
export const hugeString = fc
  .constantFrom(5_000, 70_000, 200_000)
  .chain((n) => fc.constantFrom("x".repeat(n), "长".repeat(n), "9".repeat(n)));

export function nest(depth: number, asArray: boolean): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

export const deepValue = fc.tuple(fc.integer({ min: 20, max: 2_000 }), fc.boolean()).map(([depth, asArray]) => nest(depth, asArray));

export const oddNumber = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -(2 ** 63), 2 ** 31, -0, 0.5, 1e-300, -1);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: oddNumber, weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { $gt: "" }), weight: 2 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

const unknownKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "role",
  "isAdmin",
  "employerId",
  "seekerId",
  "id",
  "$where",
  "",
  "x".repeat(300),
);

function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  // defineProperty: an own "__proto__" key, as JSON.parse on the server would create.
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An input shaped like the schema, then possibly broken in one of the ways clients break things. */
export function hostileVariant(shaped: fc.Arbitrary<unknown>, keys: string[]): fc.Arbitrary<unknown> {
  const pickKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("field");
  const asObject = shaped.map((v) => (isPlainObject(v) ? v : {}));
  return fc.oneof(
    { arbitrary: shaped, weight: 5 },
    { arbitrary: fc.tuple(asObject, pickKey, hostileValue).map(([o, k, v]) => withKey(o, k, v)), weight: 5 },
    {
      arbitrary: fc.tuple(asObject, pickKey).map(([o, k]) => Object.fromEntries(Object.entries(o).filter(([key]) => key !== k))),
      weight: 1,
    },
    { arbitrary: fc.tuple(asObject, unknownKey, fc.jsonValue({ maxDepth: 2 })).map(([o, k, v]) => withKey(o, k, v)), weight: 2 },
    { arbitrary: hostileValue, weight: 2 },
  );
}
