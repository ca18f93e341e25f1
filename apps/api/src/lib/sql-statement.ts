// Raw SQL, for what Prisma's query builder cannot say (ON CONFLICT, FOR SHARE, CTEs) or for
// speed (the hot paths on the pool under Prisma). Every statement lives in a file of its own,
// named for what it does (modules/<feature>/sql/<what-it-does>.sql.ts), with the exact shape
// of its rows; the folder's row-shape test (sql/<module>-sql.int.test.ts) runs each one against
// the real database and parses what comes back, so a renamed column fails a test, not a page.
// sql-statement-files.test.ts keeps it so: no raw SQL elsewhere, a test per file, unique names.
import { z } from "zod";

export interface SqlStatement<Row extends z.ZodType = z.ZodType, Params extends readonly unknown[] = readonly unknown[]> {
  /** Unique: the prepared statement's name on the pool path (bump its version with the text). */
  readonly name: string;
  readonly text: string;
  /** One returned row, strict: exactly these keys with these types. */
  readonly row: Row;
  /** Type only: the values of $1, $2, … in order. */
  readonly params?: Params;
}

/** The row shape of a statement run for its effect (executeStatement): its rows are never read. */
export const NO_ROWS_READ = z.never();

export type RowOf<S extends SqlStatement> = z.infer<S["row"]>;
type ParamsOf<S extends SqlStatement> = S extends SqlStatement<z.ZodType, infer P> ? P : never;

/** `sqlStatement<[fairId: string]>()({ name, text, row })`: the values are typed at every call. */
export function sqlStatement<Params extends readonly unknown[]>() {
  return <Row extends z.ZodType>(statement: { name: string; text: string; row: Row }): SqlStatement<Row, Params> => statement;
}

/** Prisma's client or one of its open transactions: what runs a statement through Prisma. */
export interface RawRunner {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** A pg pool or checked-out client (lib/prisma.ts sqlPool, the household import's transaction). */
export interface PgQueryable {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * Runs the statement through Prisma (in its transaction when given one) and returns its rows.
 * "Unsafe" in Prisma's name only: the text is a statement file's constant, every value a bound parameter.
 */
export function queryRows<S extends SqlStatement>(runner: RawRunner, statement: S, ...values: ParamsOf<S>): Promise<RowOf<S>[]> {
  return runner.$queryRawUnsafe<RowOf<S>[]>(statement.text, ...values);
}

/** Runs a statement that returns no rows through Prisma; the number of rows it touched. */
export function executeStatement<S extends SqlStatement>(runner: RawRunner, statement: S, ...values: ParamsOf<S>): Promise<number> {
  return runner.$executeRawUnsafe(statement.text, ...values);
}

/**
 * As a named prepared statement on the pg pool under Prisma: parsed and planned once per
 * connection, no query-compiler round trip (the hot paths, see BENCHMARKS.md).
 */
export async function queryPrepared<S extends SqlStatement>(pool: PgQueryable, statement: S, ...values: ParamsOf<S>): Promise<RowOf<S>[]> {
  const { rows } = await pool.query({ name: statement.name, text: statement.text, values: [...values] });
  return rows as RowOf<S>[];
}

/** On a pg client, unprepared (a bulk statement whose plan depends on its values). */
export async function queryOnClient<S extends SqlStatement>(
  client: PgQueryable,
  statement: S,
  ...values: ParamsOf<S>
): Promise<RowOf<S>[]> {
  const { rows } = await client.query({ text: statement.text, values: [...values] });
  return rows as RowOf<S>[];
}
