// The check-ins module wired from its dependencies: repository, live announcements, service
// (app.ts mounts the routes, starts the sweep with the sockets and flushes at shutdown).
import type { Clock } from "../../lib/clock.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Db } from "../../lib/prisma.ts";
import type { LiveEvents } from "../../realtime/live-events.ts";
import type { SeekersService } from "../seekers/index.ts";
import { createCheckInAnnouncer } from "./checkin-announcer.ts";
import { createCheckinsRepository } from "./checkins.repository.ts";
import { createCheckinsService } from "./checkins.service.ts";

export function createCheckinsModule(deps: {
  db: Db;
  seekers: Pick<SeekersService, "findSeekerIdByIdNumber" | "seekerIdFromBadge">;
  events: LiveEvents;
  clock: Clock;
  logger: Logger;
}) {
  const checkins = createCheckinsRepository(deps.db);
  const announcer = createCheckInAnnouncer({
    countCheckIns: checkins.countCheckIns,
    events: deps.events,
    logger: deps.logger,
    pending: checkins,
  });
  return { service: createCheckinsService({ checkins, seekers: deps.seekers, announcer, clock: deps.clock }), announcer };
}
