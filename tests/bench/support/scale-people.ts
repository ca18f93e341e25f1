// Households and seekers of `pnpm bench scale`, written in bulk. Households come from one
// INSERT … SELECT generate_series; seekers are built in Node (realistic 18-digit ID numbers of
// their county with a valid check character and phone numbers, sealed with the project's field
// crypto exactly as the app seals them: `sealIdentity`) and written 10,000 a statement through
// unnest(), the next batch sealed while the previous one is written.
// Ids are derived from the row number (`benchUuid`), so later steps link rows without joins:
// household h is benchUuid('hh', h), seeker n is benchUuid('sk', n) and lives in household n % H.
import crypto from "node:crypto";
import { computeIdNumberCheckChar, JOB_FAMILY_NAMES } from "@xiezuo/contracts";
import type pg from "pg";
import type { FieldCrypto } from "../../../apps/api/src/lib/field-crypto.ts";
import { sealIdentity } from "../../../apps/api/src/lib/personal-data.ts";
import { GIVEN, SLOTS, SURNAMES, VILLAGES } from "./scale-regions.ts";

/** SQL: a version-4 UUID derived from md5(prefix || n) (`n` an SQL expression). */
export function benchUuidSql(prefix: string, n: string): string {
  const m = `md5('${prefix}' || (${n})::text)`;
  return `(substr(${m}, 1, 12) || '4' || substr(${m}, 14, 3) || '8' || substr(${m}, 18, 15))::uuid`;
}

/** The same UUID computed in Node. */
export function benchUuid(prefix: string, n: number): string {
  const m = crypto.createHash("md5").update(`${prefix}${n}`).digest("hex");
  const hex = `${m.slice(0, 12)}4${m.slice(13, 16)}8${m.slice(17, 32)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SLOT_COUNTIES = SLOTS.map((s) => s.county);
const SLOT_TOWNSHIPS = SLOTS.map((s) => s.township);

export async function writeHouseholds(client: pg.Client, households: number): Promise<void> {
  await client.query(
    `INSERT INTO households (id, code, "regionCode", township, village, "povertyStatus", "labourCapableMembers", "updatedAt")
     SELECT ${benchUuidSql("hh", "g")}, ($1::text[])[1 + g % $4::int] || '-' || lpad(g::text, 7, '0'),
            ($1::text[])[1 + g % $4::int], ($2::text[])[1 + g % $4::int], ($3::text[])[1 + (g / $4::int) % 12],
            (CASE WHEN x < 5 THEN 'REGISTERED_POOR' WHEN x < 12 THEN 'LIFTED' WHEN x < 14 THEN 'MONITORED' ELSE 'NONE' END)::"PovertyStatus",
            CASE WHEN g % 12 = 5 THEN 0 ELSE 1 + (g / 7) % 3 END, now()
     FROM generate_series(0, $5::int - 1) g CROSS JOIN LATERAL (SELECT (hashtext('p' || g) & 1023) % 20 AS x) AS h`,
    [SLOT_COUNTIES, SLOT_TOWNSHIPS, VILLAGES, SLOTS.length, households],
  );
}

/** Home county of seeker n. */
export const countyOfSeeker = (n: number, households: number) => SLOT_COUNTIES[(n % households) % SLOTS.length]!;

const BIRTH_DAYS = 14_975; // 1966-01-01 … 2006-12-31: ages 19 to 60
const BIRTH_START = Date.UTC(1966, 0, 1);
const PHONE_PREFIXES = ["138", "139", "150", "151", "152", "158", "159", "177", "180", "189", "135", "187"];

/** The identity of seeker n: unique over 7.4 million n (gcd(7919, 14975) = 1). */
export function identityOf(n: number, households: number) {
  const day = (n * 7919) % BIRTH_DAYS;
  const male = ((n * 2654435761) >>> 7) % 100 < 55;
  const sequence = (Math.floor(n / BIRTH_DAYS) % 500) * 2 + (male ? 1 : 0);
  const birth = new Date(BIRTH_START + day * 86_400_000).toISOString().slice(0, 10);
  const first17 = `${countyOfSeeker(n, households)}${birth.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  const phone = `${PHONE_PREFIXES[n % PHONE_PREFIXES.length]}${String((n * 104_729 + 12_345) % 100_000_000).padStart(8, "0")}`;
  const name = `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n >>> 4) % GIVEN.length]}${n % 3 === 0 ? "" : GIVEN[(n >>> 9) % GIVEN.length]}`;
  return { idNumber: first17 + computeIdNumberCheckChar(first17), phone, name, gender: male ? "MALE" : "FEMALE", birth };
}

const BATCH = 10_000;
const SKILLS = ["电焊", "普工", "叉车", "开车", "做饭", "电工", "缝纫", "保安", "仓库", "包装", "质检", "采茶", "装卸", "泥瓦工"];
const CITIES = ["济南", "长沙", "吉首", "青岛", "株洲", "重庆"];

function buildBatch(fieldCrypto: FieldCrypto, from: number, to: number, households: number) {
  const cols = { n: [] as number[], name: [] as string[], gender: [] as string[], birth: [] as string[], home: [] as string[] };
  const sealed = { ic: [] as Buffer[], ih: [] as string[], im: [] as string[], pc: [] as Buffer[], ph: [] as string[], pm: [] as string[] };
  for (let n = from; n < to; n++) {
    const person = identityOf(n, households);
    const s = sealIdentity(fieldCrypto, person);
    cols.n.push(n);
    cols.name.push(person.name);
    cols.gender.push(person.gender);
    cols.birth.push(person.birth);
    cols.home.push(countyOfSeeker(n, households));
    sealed.ic.push(Buffer.from(s.idNumberCipher));
    sealed.ih.push(s.idNumberHash);
    sealed.im.push(s.idNumberMasked);
    sealed.pc.push(Buffer.from(s.phoneCipher));
    sealed.ph.push(s.phoneHash);
    sealed.pm.push(s.phoneMasked);
  }
  return [
    cols.n,
    cols.name,
    sealed.ic,
    sealed.ih,
    sealed.im,
    sealed.pc,
    sealed.ph,
    sealed.pm,
    cols.gender,
    cols.birth,
    cols.home,
    households,
    SKILLS,
    CITIES,
    JOB_FAMILY_NAMES.slice(0, 12),
  ];
}

const INSERT_SEEKERS = `
  INSERT INTO seekers (id, name, "idNumberCipher", "idNumberHash", "idNumberMasked", "phoneCipher", "phoneHash", "phoneMasked",
                       gender, "birthDate", "householdId", "homeRegionCode", skills, "preferredCities", "jobFamilies",
                       "expectedWageMin", "needsLodging", "consentAt", "updatedAt")
  SELECT ${benchUuidSql("sk", "t.n")}, t.name, t.ic, t.ih, t.im, t.pc, t.ph, t.pm, t.g::"Gender", t.b::date,
         ${benchUuidSql("hh", "t.n % $12::int")}, t.home,
         CASE WHEN t.n % 7 = 0 THEN '{}'::text[] ELSE ARRAY[($13::text[])[1 + (t.n / 7) % 14]] END,
         CASE WHEN t.n % 5 = 0 THEN '{}'::text[] ELSE ARRAY[($14::text[])[1 + (t.n / 5) % 6]] END,
         CASE WHEN t.n % 3 = 0 THEN '{}'::text[] ELSE ARRAY[($15::text[])[1 + (t.n / 3) % 12]] END,
         CASE WHEN t.n % 4 = 0 THEN NULL ELSE 3000 + (t.n % 30) * 100 END, t.n % 2 = 0, now(), now()
  FROM unnest($1::int[], $2::text[], $3::bytea[], $4::text[], $5::text[], $6::bytea[], $7::text[], $8::text[],
              $9::text[], $10::text[], $11::text[]) AS t(n, name, ic, ih, im, pc, ph, pm, g, b, home)`;

/** Seals and writes seekers 0 … count-1; `progress` hears after each batch. */
export async function writeSeekers(
  client: pg.Client,
  fieldCrypto: FieldCrypto,
  count: number,
  households: number,
  progress: (done: number) => void,
): Promise<{ sealMs: number }> {
  let sealMs = 0;
  const seal = (from: number) => {
    const started = performance.now();
    const batch = buildBatch(fieldCrypto, from, Math.min(count, from + BATCH), households);
    sealMs += performance.now() - started;
    return batch;
  };
  let next = seal(0);
  for (let from = 0; from < count; from += BATCH) {
    const writing = client.query(INSERT_SEEKERS, next);
    // Seal the next batch while PostgreSQL writes this one.
    if (from + BATCH < count) next = seal(from + BATCH);
    await writing;
    progress(Math.min(count, from + BATCH));
  }
  return { sealMs };
}
