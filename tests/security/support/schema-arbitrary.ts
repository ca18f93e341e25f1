// fast-check arbitraries derived from a route's JSON Schema (zod's own toJSONSchema output),
// so every request schema is fuzzed without writing one generator per route. Field-name
// hints supply values the schema cannot express (a valid ID number, an id that exists).
import fc from "fast-check";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** Arbitraries for fields by name, tried alongside what the schema alone would give. */
export type FieldHints = Record<string, fc.Arbitrary<unknown>>;

const INT32 = 2 ** 31 - 1;
const clampInt = (n: number | undefined, fallback: number) => Math.max(-INT32, Math.min(INT32, Math.trunc(n ?? fallback)));

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.uuid();
  if (schema.format === "date")
    return fc
      .date({ min: new Date("1950-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === "date-time")
    return fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { size: "small" });
    } catch {
      // A pattern JavaScript cannot read: plain strings below.
    }
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
  return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ minLength, maxLength, unit: "grapheme" }));
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
  if (integer) {
    const lo = clampInt(min, -1000);
    return fc.integer({ min: lo, max: Math.max(lo, clampInt(max, 100_000)) });
  }
  return fc.double({ min: min ?? -1e6, max: max ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  if (ref === "#") return root;
  const name = ref.replace(/^#\/\$defs\//, "");
  return root.$defs?.[name] ?? {};
}

/** Values shaped like the schema (mostly valid, as far as a JSON Schema can say). */
export function arbitraryFromSchema(
  schema: JsonSchema,
  hints: FieldHints = {},
  root: JsonSchema = schema,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const next = (s: JsonSchema) => arbitraryFromSchema(s, hints, root, depth + 1);
  if (schema.$ref) return next(resolveRef(schema.$ref, root));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) return fc.oneof(...options.map(next));
  if (schema.allOf?.length) return next(schema.allOf[0]!);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => next({ ...schema, type })));
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return numberArbitrary(schema, true);
    case "number":
      return numberArbitrary(schema, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schema.items ? next(schema.items) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case "object": {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, sub]) => {
          const hint = hints[key];
          return [key, hint ? fc.oneof({ arbitrary: hint, weight: 3 }, { arbitrary: next(sub), weight: 1 }) : next(sub)];
        }),
      );
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** The top-level keys a schema declares (to pick a field to break). */
export function declaredKeys(schema: JsonSchema | undefined): string[] {
  return Object.keys(schema?.properties ?? {});
}
