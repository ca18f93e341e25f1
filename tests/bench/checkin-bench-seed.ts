// Seed for `pnpm bench checkin`: an open fair, seekers with sealed identities, desks.
import crypto from "node:crypto";
import { createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import type { FieldCrypto } from "../../apps/api/src/lib/field-crypto.ts";
import { sealIdentity } from "../../apps/api/src/lib/personal-data.ts";
import type { Db } from "../../apps/api/src/lib/prisma.ts";

export async function seedCheckinBench(
  db: Db,
  fieldCrypto: FieldCrypto,
  options: { seekers: number; warmup: number; desks: number; passwordHash: string },
) {
  const random = createSeededRandom(20170519);
  const fair = (title: string) =>
    db.fair.create({
      data: {
        title,
        venue: "吉首市人力资源市场",
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 8 * 3_600_000),
        hostRegionCode: "433101",
        status: "OPEN",
      },
    });
  const [main, warmup] = [await fair("压测招聘会"), await fair("预热招聘会")];
  // The bare INSERT baseline writes the same rows into check_ins, under fairs of its own.
  const bareFairIds = [(await fair("基线招聘会一")).id, (await fair("基线招聘会二")).id, (await fair("基线预热")).id];

  const ids: string[] = [];
  const seen = new Set<string>();
  const total = options.seekers + options.warmup;
  for (let start = 0; start < total; start += 1000) {
    const data = [];
    for (let i = start; i < Math.min(total, start + 1000); i++) {
      let idNumber = generateIdNumber(
        { regionCode: "433126", birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`, gender: i % 2 ? "MALE" : "FEMALE" },
        random,
      );
      while (seen.has(idNumber)) idNumber = generateIdNumber({ regionCode: "433126", birthDate: "1980-01-01", gender: "MALE" }, random);
      seen.add(idNumber);
      const id = crypto.randomUUID();
      ids.push(id);
      data.push({
        id,
        name: `求职者${i}`,
        ...sealIdentity(fieldCrypto, { idNumber, phone: generatePhone(random) }),
        gender: i % 2 ? ("MALE" as const) : ("FEMALE" as const),
        birthDate: new Date("1980-01-01T00:00:00Z"),
        homeRegionCode: idNumber.slice(0, 6),
        consentAt: new Date(),
      });
    }
    await db.seeker.createMany({ data });
  }

  const desks = Array.from({ length: options.desks }, (_, i) => `desk${i}`);
  await db.user.createMany({
    data: [
      { username: "organiser", passwordHash: options.passwordHash, role: "ADMIN" as const },
      ...desks.map((username) => ({ username, passwordHash: options.passwordHash, role: "STAFF" as const })),
    ],
  });
  return {
    fairId: main.id,
    warmupFairId: warmup.id,
    bareFairIds,
    seekerIds: ids.slice(0, options.seekers),
    warmupSeekerIds: ids.slice(options.seekers),
    organiser: "organiser",
    desks,
  };
}
