// The organisations migration moves a v1 database without loss: the migrations before it are
// replayed into an empty database, v1 rows are written, the migration runs, and every row is
// still there with the jurisdiction columns filled as the contract says (users stay
// platform-wide, fairs platform-operated, seekers homed by household or ID number,
// placements working where their employer is).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import "../apps/api/src/testing/provided-context.ts";

const MIGRATION = "20261206040000_organisations";
const dir = path.join(import.meta.dirname, "migrations");
const name = `m_${crypto.randomBytes(6).toString("hex")}`;
const adminUrl = new URL(inject("templateDatabaseUrl"));
adminUrl.pathname = "/postgres";
const url = new URL(adminUrl);
url.pathname = `/${name}`;
let client: pg.Client;

const migrationSql = (folder: string) => fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8");

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const before = fs
    .readdirSync(dir)
    .filter((f) => /^\d{14}_/.test(f) && f < MIGRATION)
    .sort();
  for (const folder of before) await client.query(migrationSql(folder));
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe(`migration ${MIGRATION}`, () => {
  it("keeps every v1 row and fills the jurisdiction columns from what the rows already say", async () => {
    const id = () => crypto.randomUUID();
    const [household, linked, loose, employer, placement, user, fair] = [id(), id(), id(), id(), id(), id(), id()];
    await client.query(
      `INSERT INTO households (id, code, "regionCode", township, village, "povertyStatus", "labourCapableMembers", "updatedAt")
       VALUES ($1, '433123000001', '433123', '沱江镇', '古城村', 'REGISTERED_POOR', 2, now())`,
      [household],
    );
    const seeker = `INSERT INTO seekers (id, name, "idNumberCipher", "idNumberHash", "idNumberMasked", "phoneCipher", "phoneHash",
                      "phoneMasked", gender, "birthDate", "householdId", "consentAt", "updatedAt")
                    VALUES ($1, $2, '\\x00', $3, $4, '\\x00', 'p', '138****0000', 'MALE', '1990-01-01', $5, now(), now())`;
    // The linked seeker's ID number names another county: the household's region wins.
    await client.query(seeker, [linked, "龙秀英", "h1", "433126********1234", household]);
    await client.query(seeker, [loose, "张建国", "h2", "370102********123X", null]);
    await client.query(
      `INSERT INTO employers (id, name, "creditCode", kind, "regionCode", city, "updatedAt")
       VALUES ($1, '济南某制造有限公司', '91370102MA3C000001', 'PRIVATE', '370102', '济南', now())`,
      [employer],
    );
    await client.query(
      `INSERT INTO placements (id, "seekerId", "employerId", "startedOn", "monthlyWage", "workCity", channel, "updatedAt")
       VALUES ($1, $2, $3, '2026-03-01', 5200, '济南', 'FAIR', now())`,
      [placement, linked, employer],
    );
    await client.query(
      `INSERT INTO users (id, username, "passwordHash", role, "updatedAt") VALUES ($1, 'old-admin', 'x', 'ADMIN', now())`,
      [user],
    );
    await client.query(
      `INSERT INTO fairs (id, title, venue, "startsAt", "endsAt", "hostRegionCode", "updatedAt")
       VALUES ($1, '古丈专场', '古丈县体育馆', now(), now() + interval '1 hour', '433126', now())`,
      [fair],
    );
    const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    const tables = ["households", "seekers", "employers", "placements", "users", "fairs"];
    const before = await Promise.all(tables.map(count));

    await client.query(migrationSql(MIGRATION));

    expect(await Promise.all(tables.map(count))).toEqual(before);
    const home = async (seekerId: string) =>
      (await client.query(`SELECT "homeRegionCode" FROM seekers WHERE id = $1`, [seekerId])).rows[0].homeRegionCode;
    expect(await home(linked)).toBe("433123");
    expect(await home(loose)).toBe("370102");
    expect((await client.query(`SELECT "workRegionCode" FROM placements WHERE id = $1`, [placement])).rows[0].workRegionCode).toBe(
      "370102",
    );
    expect((await client.query(`SELECT "organisationId" FROM users WHERE id = $1`, [user])).rows[0].organisationId).toBeNull();
    expect((await client.query(`SELECT "hostOrganisationId" FROM fairs WHERE id = $1`, [fair])).rows[0].hostOrganisationId).toBeNull();
    expect(await count("organisations")).toBe(0);
  });
});
