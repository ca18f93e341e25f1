// Row-shape tests of the raw SQL statements (modules/<feature>/sql/*.sql.ts): each statement
// runs against a real test database and every row it returns is parsed with the statement's
// own strict row schema, so a renamed or retyped column fails here, not on a page.
import { expect } from "vitest";
import { createFieldCrypto, generateMasterKey } from "../lib/field-crypto.ts";
import type { RowOf, SqlStatement } from "../lib/sql-statement.ts";

/** Parses each row (exact keys and types); `min` rows at least, so the shape is really checked. */
export function expectRowShape<S extends SqlStatement>(statement: S, rows: readonly unknown[], min = 1): RowOf<S>[] {
  expect(rows.length, `${statement.name}: rows returned`).toBeGreaterThanOrEqual(min);
  return rows.map((row, index) => {
    const parsed = statement.row.safeParse(row);
    if (!parsed.success)
      throw new Error(`${statement.name}, row ${index}: ${parsed.error.message}\n${String(JSON.stringify(row, jsonSafe))}`);
    return parsed.data as RowOf<S>;
  });
}

/** A throwaway key for factories that seal personal data. */
export const testFieldCrypto = () => createFieldCrypto(generateMasterKey());

const jsonSafe = (_key: string, value: unknown) => (typeof value === "bigint" ? `${value}n` : value);
