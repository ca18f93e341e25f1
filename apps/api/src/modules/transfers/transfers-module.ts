// The transfers module wired from its dependencies: repository, live counts, service (app.ts
// mounts the routes and hands the announcer to the shutdown).
import type { Clock } from "../../lib/clock.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Db } from "../../lib/prisma.ts";
import type { TransferLiveEvents } from "../../realtime/live-events.ts";
import type { SeekersService } from "../seekers/index.ts";
import { createTransferCountsAnnouncer } from "./transfer-counts-announcer.ts";
import { createTransfersRepository } from "./transfers.repository.ts";
import { createTransfersService } from "./transfers.service.ts";

export function createTransfersModule(deps: {
  db: Db;
  seekers: Pick<SeekersService, "findSeekerIdByIdNumber" | "seekerIdFromBadge">;
  events: TransferLiveEvents;
  clock: Clock;
  logger: Logger;
}) {
  const transfers = createTransfersRepository(deps.db);
  const { events, clock, logger } = deps;
  const announcer = createTransferCountsAnnouncer({ countsOf: transfers.countMembers, events, clock, logger });
  return { service: createTransfersService({ transfers, seekers: deps.seekers, announcer, clock }), announcer };
}
