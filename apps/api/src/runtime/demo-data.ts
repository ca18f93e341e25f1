import { isDemoSeeded, seedDemo } from "../../../../prisma/seed/seed-demo.ts";
import type { FieldCrypto } from "../lib/field-crypto.ts";
import type { Logger } from "../lib/logger.ts";
import { hashPassword } from "../lib/password.ts";
import { sealIdentity } from "../lib/personal-data.ts";
import type { Db } from "../lib/prisma.ts";

/** Records the Guzhang fair on first start; later starts reuse the data. */
export async function seedDemoIfEmpty(db: Db, fieldCrypto: FieldCrypto, logger: Logger): Promise<void> {
  if (await isDemoSeeded(db)) {
    logger.info("demo data present, reusing it");
    return;
  }
  const started = Date.now();
  await seedDemo(db, {
    sealIdentity: (input) => sealIdentity(fieldCrypto, input),
    hashPassword,
    log: (message) => logger.info(message),
  });
  logger.info({ ms: Date.now() - started }, "demo data seeded");
}
