import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import "./provided-context.ts";
import { createPrismaClient, type Db } from "../lib/prisma.ts";

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/**
 * The time zone every test database runs in by default, as a Chinese deployment's server
 * would: the app must not depend on PostgreSQL's TimeZone being UTC (lib/prisma.ts).
 */
export const TEST_DATABASE_TIME_ZONE = "Asia/Shanghai";

/** A fresh, migrated database cloned from the run's template; dropped by drop(). */
export async function createTestDatabase(options: { timeZone?: string } = {}): Promise<TestDatabase> {
  const templateUrl = new URL(inject("templateDatabaseUrl"));
  const template = templateUrl.pathname.slice(1);
  const name = `t_${crypto.randomBytes(6).toString("hex")}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const timeZone = options.timeZone ?? TEST_DATABASE_TIME_ZONE;
  if (!/^[A-Za-z_/+-]+$/.test(timeZone)) throw new Error(`not a time zone name: ${timeZone}`);
  await admin.query(`ALTER DATABASE "${name}" SET timezone TO '${timeZone}'`);
  await admin.end();

  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const db = createPrismaClient(url.toString(), { poolSize: 5 });
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: adminUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh database for the test file: created before its tests, dropped after them. */
export function useTestDatabase(): { readonly db: Db } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());
  return {
    get db() {
      if (!database) throw new Error("useTestDatabase: the database exists from beforeAll on");
      return database.db;
    },
  };
}
