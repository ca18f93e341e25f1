// Demo seed: the real Guzhang fair of May 2017 (closed, its positions closed) recorded as
// rows; a spring fair in Guzhang four months ago whose hires went to work, with monthly
// follow-ups (after-fair.data.ts) and its organised transfer to Jinan (transfer.data.ts); an open fair tomorrow in Jishou with current positions;
// and three demo users. All data is deterministic (seeded PRNG, name-based
// UUIDs); personal data is sealed by the caller's `sealIdentity` and never stored raw.
import type { PrismaClient } from "../../apps/api/src/generated/prisma/client.ts";
import type { SealedIdentity } from "../../apps/api/src/lib/personal-data.ts";
import { buildAfterFair, writeAfterFair } from "./after-fair.data.ts";
import { buildDemoData, type FairSeed, type PositionSeed } from "./guzhang-fair.data.ts";
import { buildLedgerHistory, writeLedgerHistory } from "./ledger-history.data.ts";
import { DAY_MS, demoUuid } from "./seed-random.ts";
import { seedDemoSubsidy } from "./subsidy.data.ts";
import { buildDemoTransfer, writeDemoTransfer } from "./transfer.data.ts";

export interface SeedDeps {
  sealIdentity(input: { idNumber: string; phone: string }): SealedIdentity;
  hashPassword(password: string): Promise<string>;
  log?(message: string): void;
}

export const DEMO_PASSWORD = "xiezuo-demo";
/** The bureaus of the Jinan–Xiangxi cooperation: the exporting county, its prefecture, the importing city. */
export const DEMO_ORGANISATIONS = [
  { key: "guzhang", name: "古丈县人社局", regionCode: "433126" },
  { key: "xiangxi", name: "湘西州人社局", regionCode: "433100" },
  { key: "jinan", name: "济南市人社局", regionCode: "370100" },
] as const;

/** `admin` and `staff` are platform-wide (v1); the three bureau accounts see their jurisdiction only. */
export const DEMO_USERS = [
  { username: "admin", role: "ADMIN", displayName: "平台管理员", employerKey: null, organisationKey: null },
  { username: "staff", role: "STAFF", displayName: "招聘会工作人员", employerKey: null, organisationKey: null },
  { username: "zhongqi", role: "EMPLOYER", displayName: "中国重汽招聘专员", employerKey: "zhongqi", organisationKey: null },
  { username: "guzhang", role: "STAFF", displayName: "古丈县人社局工作人员", employerKey: null, organisationKey: "guzhang" },
  { username: "xiangxi", role: "STAFF", displayName: "湘西州人社局工作人员", employerKey: null, organisationKey: "xiangxi" },
  { username: "jinan", role: "STAFF", displayName: "济南市人社局工作人员", employerKey: null, organisationKey: "jinan" },
] as const;

export const GUZHANG_FAIR_ID = demoUuid("fair", "guzhang-2017");
export const OPEN_FAIR_ID = demoUuid("fair", "open");
export const SPRING_FAIR_ID = demoUuid("fair", "spring");
const ADVISORY_LOCK_KEY = 7_261_201;
const HOUR_MS = 3_600_000;

const employerId = (key: string) => demoUuid("employer", key);
const positionId = (key: string) => demoUuid("position", key);
const householdId = (key: string) => demoUuid("household", key);
const seekerId = (key: number) => demoUuid("seeker", key);
const userId = (username: string) => demoUuid("user", username);
export const organisationId = (key: (typeof DEMO_ORGANISATIONS)[number]["key"]) => demoUuid("organisation", key);

/** True when the demo admin user exists. */
export async function isDemoSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.user.findUnique({ where: { username: "admin" }, select: { id: true } })) !== null;
}

function fairRow(id: string, f: FairSeed, createdAt: Date, host: string) {
  return { id, ...f, hostOrganisationId: host, createdAt, updatedAt: f.status === "CLOSED" ? f.endsAt : createdAt };
}

/** An open position, or one closed at `closedAt` (a past fair's). */
function positionRow(p: PositionSeed, createdAt: Date, closedAt: Date | null = null) {
  const { key, employerKey, ...rest } = p;
  const status = closedAt ? ("CLOSED" as const) : ("OPEN" as const);
  return {
    id: positionId(key),
    employerId: employerId(employerKey),
    ...rest,
    status,
    closedAt,
    createdAt,
    updatedAt: closedAt ?? createdAt,
  };
}

/** Writes the demo data in one transaction; when it is already there, writes nothing. */
export async function seedDemo(
  db: PrismaClient,
  deps: SeedDeps,
): Promise<{ guzhangFairId: string; openFairId: string; springFairId: string }> {
  const ids = { guzhangFairId: GUZHANG_FAIR_ID, openFairId: OPEN_FAIR_ID, springFairId: SPRING_FAIR_ID };
  if (await isDemoSeeded(db)) {
    deps.log?.("demo data already present, nothing seeded");
    return ids;
  }
  const started = Date.now();
  const now = new Date();
  const data = buildDemoData(now);
  const spring = buildAfterFair(now, data.employers, data.seekers);
  const passwordHash = await deps.hashPassword(DEMO_PASSWORD);
  const staffId = userId("staff");
  const checkInAt = new Map(data.checkIns.map((c) => [c.seekerKey, c.at]));

  // Guzhang timeline: registry imported a month before, fair created three weeks before,
  // employers join (with their positions) over the following two weeks.
  const gz = data.guzhangFair;
  const gzCreated = new Date(gz.startsAt.getTime() - 21 * DAY_MS);
  const registryAt = new Date(gz.startsAt.getTime() - 30 * DAY_MS);
  const joinedAt = new Map(data.employers.map((e, i) => [e.key, new Date(gzCreated.getTime() + DAY_MS + i * 9 * HOUR_MS)]));
  const openCreated = new Date(now.getTime() - 7 * DAY_MS);
  const openJoined = new Map(data.openFairEmployers.map((e, i) => [e.key, new Date(openCreated.getTime() + (i + 1) * 6 * HOUR_MS)]));
  const springCreated = new Date(spring.fair.startsAt.getTime() - 14 * DAY_MS);
  const springJoined = new Date(springCreated.getTime() + DAY_MS);
  // The 2017 positions closed a month after their fair: nothing from 2017 is 招聘中 today.
  const gzClosedAt = new Date(gz.endsAt.getTime() + 30 * DAY_MS);

  const householdRegion = new Map(data.households.map((h) => [h.key, h.regionCode]));
  const employerRegion = new Map(data.employers.map((e) => [e.key, e.regionCode]));
  const seekers = data.seekers.map((s) => {
    const at = checkInAt.get(s.key) ?? now;
    return {
      id: seekerId(s.key),
      name: s.name,
      ...deps.sealIdentity({ idNumber: s.idNumber, phone: s.phone }),
      gender: s.gender,
      birthDate: new Date(`${s.birthDate}T00:00:00.000Z`),
      householdId: s.householdKey === null ? null : householdId(s.householdKey),
      homeRegionCode: (s.householdKey === null ? undefined : householdRegion.get(s.householdKey)) ?? s.idNumber.slice(0, 6),
      education: s.education,
      skills: s.skills,
      preferredCities: s.preferredCities,
      expectedWageMin: s.expectedWageMin,
      needsLodging: s.needsLodging,
      consentAt: at,
      createdAt: at,
      updatedAt: at,
    };
  });

  const wrote = await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_KEY})`);
      if ((await tx.user.count({ where: { username: "admin" } })) > 0) return false;

      await tx.employer.createMany({
        data: data.employers.map((e) => ({
          id: employerId(e.key),
          name: e.name,
          shortName: e.shortName,
          creditCode: e.creditCode,
          kind: e.kind,
          regionCode: e.regionCode,
          city: e.city,
          createdAt: joinedAt.get(e.key),
          updatedAt: joinedAt.get(e.key),
        })),
      });
      await tx.organisation.createMany({
        data: DEMO_ORGANISATIONS.map((o) => ({ id: organisationId(o.key), name: o.name, regionCode: o.regionCode, createdAt: registryAt })),
      });
      await tx.user.createMany({
        data: DEMO_USERS.map((u) => ({
          id: userId(u.username),
          username: u.username,
          passwordHash,
          role: u.role,
          displayName: u.displayName,
          employerId: u.employerKey === null ? null : employerId(u.employerKey),
          organisationId: u.organisationKey === null ? null : organisationId(u.organisationKey),
        })),
      });
      // Guzhang hosts its fairs with Jinan as partner; the prefecture hosts the open fair in Jishou.
      await tx.fair.createMany({
        data: [
          fairRow(GUZHANG_FAIR_ID, gz, gzCreated, organisationId("guzhang")),
          fairRow(SPRING_FAIR_ID, spring.fair, springCreated, organisationId("guzhang")),
          fairRow(OPEN_FAIR_ID, data.openFair, openCreated, organisationId("xiangxi")),
        ],
      });
      await tx.fairPartner.createMany({
        data: [GUZHANG_FAIR_ID, SPRING_FAIR_ID, OPEN_FAIR_ID].map((fairId) => ({ fairId, organisationId: organisationId("jinan") })),
      });
      await tx.fairEmployer.createMany({
        data: [
          ...data.employers.map((e) => ({
            fairId: GUZHANG_FAIR_ID,
            employerId: employerId(e.key),
            booth: e.booth,
            joinedAt: joinedAt.get(e.key),
          })),
          ...data.openFairEmployers.map((e, i) => ({
            fairId: OPEN_FAIR_ID,
            employerId: employerId(e.key),
            booth: `A${String(i + 1).padStart(2, "0")}`,
            joinedAt: openJoined.get(e.key),
          })),
          ...spring.employers.map((e, i) => ({
            fairId: SPRING_FAIR_ID,
            employerId: employerId(e.key),
            booth: `B${String(i + 1).padStart(2, "0")}`,
            joinedAt: springJoined,
          })),
        ],
      });
      const positionAt = (joined: Date | undefined) => new Date((joined ?? now).getTime() + HOUR_MS);
      await tx.position.createMany({
        data: [
          ...data.guzhangPositions.map((p) => positionRow(p, positionAt(joinedAt.get(p.employerKey)), gzClosedAt)),
          ...spring.positions.map((p) => positionRow(p, positionAt(springJoined), spring.positionsClosedAt)),
          ...data.openFairPositions.map((p) => positionRow(p, positionAt(openJoined.get(p.employerKey)))),
        ],
      });
      await tx.fairPosition.createMany({
        data: [
          ...data.guzhangPositions.map((p) => ({
            fairId: GUZHANG_FAIR_ID,
            positionId: positionId(p.key),
            linkedAt: positionAt(joinedAt.get(p.employerKey)),
          })),
          ...data.openFairPositions.map((p) => ({
            fairId: OPEN_FAIR_ID,
            positionId: positionId(p.key),
            linkedAt: positionAt(openJoined.get(p.employerKey)),
          })),
          ...spring.positions.map((p) => ({ fairId: SPRING_FAIR_ID, positionId: positionId(p.key), linkedAt: positionAt(springJoined) })),
        ],
      });
      await tx.household.createMany({
        data: data.households.map(({ key, ...h }) => ({ id: householdId(key), ...h, createdAt: registryAt, updatedAt: registryAt })),
      });
      await tx.seeker.createMany({ data: seekers });
      await tx.checkIn.createMany({
        data: data.checkIns.map((c) => ({
          id: demoUuid("check-in", c.seekerKey),
          fairId: GUZHANG_FAIR_ID,
          seekerId: seekerId(c.seekerKey),
          clientRequestId: c.clientRequestId,
          at: c.at,
          createdById: staffId,
        })),
      });
      await tx.intent.createMany({
        data: data.intents.map((it) => ({
          id: demoUuid("intent", it.seekerKey),
          seekerId: seekerId(it.seekerKey),
          positionId: positionId(it.positionKey),
          fairId: GUZHANG_FAIR_ID,
          status: "INTENDED" as const,
          createdById: staffId,
          createdAt: it.createdAt,
          updatedAt: it.createdAt,
        })),
      });
      await writeAfterFair(tx, spring, { fairId: SPRING_FAIR_ID, staffId, employerRegion });
      await writeLedgerHistory(tx, buildLedgerHistory(now, data, spring), staffId);
      await writeDemoTransfer(tx, buildDemoTransfer(spring, data.employers), {
        organisationId: organisationId("guzhang"),
        createdById: userId("guzhang"),
      });
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (!wrote) return ids;
  // 免申即享: Guzhang's transport subsidy and its published roster, computed from the rows above.
  const subsidy = await seedDemoSubsidy(db, { now, organisationId: organisationId("guzhang"), actorUserId: userId("admin") });
  deps.log?.(`demo subsidy roster published as of ${subsidy.asOf}: ${subsidy.entries} entries`);
  deps.log?.(
    `demo seeded in ${Date.now() - started} ms: ${data.employers.length} employers, ` +
      `${data.guzhangPositions.length + data.openFairPositions.length} positions, ${data.households.length} households, ` +
      `${data.seekers.length} seekers, ${data.checkIns.length + spring.checkIns.length} check-ins, ` +
      `${data.intents.length + spring.intents.length} intents, ${spring.placements.length} placements`,
  );
  return ids;
}
