// A county of the ledger benchmark, written straight into PostgreSQL with generate_series
// (a few statements, seconds, not minutes): households of 古丈县 433126 with two labourers
// each, their seekers (sealed identity columns filled with placeholders: the ledger never
// reads them), and placements over the last two years — out of province, in the province,
// in the county; some ended, some still running; a third of the workers without any.
import type pg from "pg";

export interface LedgerCounty {
  households: number;
  workers: number;
  placements: number;
}

const TOWNSHIPS = ["古阳镇", "默戎镇", "红石林镇", "断龙山镇", "坪坝镇", "高峰镇", "岩头寨镇"];
const WORK_REGIONS = ["370104", "370102", "370112", "430100", "430400", "433101", "433126"];

export async function writeLedgerCounty(client: pg.Client, workers: number, employerId: string): Promise<LedgerCounty> {
  const households = Math.ceil(workers / 2);
  await client.query(
    `INSERT INTO households (id, code, "regionCode", township, village, "povertyStatus", "labourCapableMembers", "updatedAt")
     SELECT gen_random_uuid(), 'B433126-' || lpad(g::text, 7, '0'), '433126', ($2::text[])[1 + g % 7],
            ($2::text[])[1 + g % 7] || (g % 12) || '村',
            (ARRAY['REGISTERED_POOR','LIFTED','MONITORED','NONE'])[1 + g % 4]::"PovertyStatus", 2, now()
     FROM generate_series(1, $1::int) g`,
    [households, TOWNSHIPS],
  );
  await client.query(
    `INSERT INTO seekers (id, name, "idNumberCipher", "idNumberHash", "idNumberMasked", "phoneCipher", "phoneHash", "phoneMasked",
                          gender, "birthDate", "householdId", "homeRegionCode", skills, "preferredCities", "consentAt", "updatedAt")
     SELECT gen_random_uuid(), '务工人员' || w.n, '\\x00'::bytea, 'bench-id-' || w.n, '433126********' || lpad((w.n % 10000)::text, 4, '0'),
            '\\x00'::bytea, 'bench-phone-' || w.n, '138****' || lpad((w.n % 10000)::text, 4, '0'),
            (CASE WHEN w.n % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END)::"Gender", date '1985-06-01', h.id, '433126', '{}', '{}', now(), now()
     FROM generate_series(1, $1::int) w(n)
     JOIN households h ON h.code = 'B433126-' || lpad((1 + (w.n - 1) / 2)::text, 7, '0')`,
    [workers],
  );
  // Two in three workers have one placement, one in six a second; starts spread over two years.
  const { rowCount } = await client.query(
    `INSERT INTO placements (id, "seekerId", "employerId", "startedOn", "monthlyWage", "workCity", "workRegionCode", channel,
                             status, "endedOn", "updatedAt")
     SELECT gen_random_uuid(), s.id, $1::uuid, start, 5000, '某地', ($2::text[])[1 + (hashtext(s.id::text || k) & 255) % 7],
            'LABOUR_COOPERATION', (CASE WHEN ended THEN 'ENDED' ELSE 'ACTIVE' END)::"PlacementStatus",
            CASE WHEN ended THEN start + 30 + (hashtext(s.id::text) & 255) ELSE NULL END, now()
     FROM seekers s
     CROSS JOIN LATERAL (VALUES (1), (2)) AS copy(k)
     CROSS JOIN LATERAL (SELECT current_date - ((hashtext(s.id::text || k) & 1023) % 730) AS start,
                                (hashtext(s.id::text || 'end' || k) & 3) = 0 AS ended) AS facts
     WHERE s."homeRegionCode" = '433126' AND s.name LIKE '务工人员%'
       AND (hashtext(s.id::text) & 1023) % 6 < CASE WHEN k = 1 THEN 4 ELSE 1 END`,
    [employerId, WORK_REGIONS],
  );
  await client.query("ANALYZE households; ANALYZE seekers; ANALYZE placements");
  return { households, workers, placements: rowCount ?? 0 };
}
