// createApp(deps): the Express app and its routes, wired once. No listening here,
// so tests drive it with supertest and main.ts decides where it runs.
import type http from "node:http";
import express from "express";
import { parseJsonBody, requireJsonContentType } from "./http/body-guards.ts";
import { useCommonMiddleware } from "./http/common-middleware.ts";
import { apiNotFound, errorHandler } from "./http/error-handler.ts";
import { buildOpenApiDocument } from "./http/openapi.ts";
import { rejectCrossSiteWrites } from "./http/origin-check.ts";
import { RouteRegistry } from "./http/route.ts";
import { serveWebApp } from "./http/static-web.ts";
import { createBadgeTokens } from "./lib/badge-token.ts";
import { type Clock, systemClock } from "./lib/clock.ts";
import type { FieldCrypto } from "./lib/field-crypto.ts";
import type { Logger } from "./lib/logger.ts";
import type { Db } from "./lib/prisma.ts";
import { createRateLimitStore } from "./lib/rate-limit-store.ts";
import type { SearchClient } from "./lib/search-client.ts";
import { createAlertsRepository, createAlertsRoutes, createAlertsService } from "./modules/alerts/index.ts";
import { createAuthRepository, createAuthRoutes, createAuthService, loadSession, type SessionPolicy } from "./modules/auth/index.ts";
import { CHECK_IN_SWEEP_MS, createCheckinsModule, createCheckinsRoutes } from "./modules/checkins/index.ts";
import { createEmployersRepository, createEmployersRoutes, createEmployersService } from "./modules/employers/index.ts";
import { createEmploymentRepository, createEmploymentRoutes, createEmploymentService } from "./modules/employment/index.ts";
import { createFairsRepository, createFairsRoutes, createFairsService } from "./modules/fairs/index.ts";
import { createHealthProbes } from "./modules/health/health.repository.ts";
import { createHealthRoutes } from "./modules/health/health.routes.ts";
import { createHouseholdsRepository, createHouseholdsRoutes, createHouseholdsService } from "./modules/households/index.ts";
import { createIndexBuildsRepository } from "./modules/index-sync/index.ts";
import { createIntentsRepository, createIntentsRoutes, createIntentsService } from "./modules/intents/index.ts";
import {
  createCandidateSearcher,
  createMatchingRepository,
  createMatchingRoutes,
  createMatchingService,
  createSeekerIndex,
} from "./modules/matching/index.ts";
import { createMeRepository, createMeRoutes, createMeService } from "./modules/me/index.ts";
import {
  createIntentStatusNotices,
  createNotificationsModule,
  createNotificationsRoutes,
  type NotificationProvider,
} from "./modules/notifications/index.ts";
import { createOrganisationsRepository, createOrganisationsRoutes, createOrganisationsService } from "./modules/organisations/index.ts";
import {
  createFollowUpImport,
  createPlacementsRepository,
  createPlacementsRoutes,
  createPlacementsService,
} from "./modules/placements/index.ts";
import { createPositionsRepository, createPositionsRoutes, createPositionsService } from "./modules/positions/index.ts";
import {
  createRegistrationsRepository,
  createRegistrationsRoutes,
  createRegistrationsService,
  createSignInRepository,
  createSignInRoutes,
  createSignInService,
} from "./modules/registrations/index.ts";
import {
  createCooperationRepository,
  createCooperationRoutes,
  createCooperationService,
  createReportsRepository,
  createReportsRoutes,
  createReportsService,
} from "./modules/reports/index.ts";
import {
  createPositionIndex,
  createPositionSearcher,
  createSearchRoutes,
  createSearchService,
  DEFAULT_INDEX_UID,
} from "./modules/search/index.ts";
import { createBadgesRoutes, createSeekersRepository, createSeekersRoutes, createSeekersService } from "./modules/seekers/index.ts";
import { createSubsidiesRepository, createSubsidiesRoutes, createSubsidiesService } from "./modules/subsidies/index.ts";
import { createTransfersModule, createTransfersRoutes } from "./modules/transfers/index.ts";
import { createUsersRepository, createUsersRoutes, createUsersService } from "./modules/users/index.ts";
import type { EventBudgetPolicy } from "./realtime/event-budget.ts";
import { createLiveEvents } from "./realtime/live-events.ts";
import { attachLiveServer } from "./realtime/live-server.ts";

export interface AppDeps {
  db: Db;
  search: SearchClient;
  fieldCrypto: FieldCrypto;
  logger: Logger;
  clock?: Clock;
  /** Delivers messages to job seekers (env NOTIFICATION_PROVIDER); the development provider when absent. */
  notificationProvider?: NotificationProvider;
  config: {
    session: SessionPolicy;
    trustProxy: number;
    /** Built web app to serve on the same origin (demo and production). */
    webDistDir?: string;
    /** Months of continuous employment that make a placement STABLE (env STABLE_EMPLOYMENT_MONTHS). */
    stableEmploymentMonths: number;
    /** Meilisearch index of open positions (tests give each app its own). */
    searchIndexUid?: string;
    /** The platform's public origin (env PUBLIC_BASE_URL): messages to seekers link to 我的 there. */
    publicBaseUrl?: string;
  };
}

export const API_VERSION = "1.0.0";

export function createApp(deps: AppDeps) {
  const { db, logger, config } = deps;
  const clock = deps.clock ?? systemClock;
  const registry = new RouteRegistry();

  const liveEvents = createLiveEvents(logger);
  const authService = createAuthService({
    auth: createAuthRepository(db),
    rateLimits: createRateLimitStore(db),
    clock,
    policy: config.session,
    sockets: liveEvents,
  });
  const usersService = createUsersService({ users: createUsersRepository(db), sockets: liveEvents, clock });
  const employersService = createEmployersService({ employers: createEmployersRepository(db), fieldCrypto: deps.fieldCrypto });
  const fairsService = createFairsService({ fairs: createFairsRepository(db) });
  const seekersService = createSeekersService({
    seekers: createSeekersRepository(db),
    fieldCrypto: deps.fieldCrypto,
    badgeTokens: createBadgeTokens(deps.fieldCrypto),
    clock,
  });
  const checkins = createCheckinsModule({ db, seekers: seekersService, events: liveEvents, clock, logger });
  const checkInAnnouncer = checkins.announcer;
  const transfers = createTransfersModule({ db, seekers: seekersService, events: liveEvents, clock, logger });
  const householdsService = createHouseholdsService({ households: createHouseholdsRepository(db) });
  const notifications = createNotificationsModule({
    db,
    fieldCrypto: deps.fieldCrypto,
    provider: deps.notificationProvider,
    clock,
    logger,
  });
  const intentStatusNotices = createIntentStatusNotices({ live: liveEvents, publicBaseUrl: config.publicBaseUrl });
  const intentsService = createIntentsService({
    intents: createIntentsRepository(db),
    seekers: seekersService,
    events: liveEvents,
    notices: intentStatusNotices,
    clock,
    logger,
  });
  const placementsService = createPlacementsService({
    placements: createPlacementsRepository(db),
    notices: intentStatusNotices,
    clock,
    stableEmploymentMonths: config.stableEmploymentMonths,
  });
  const reportsService = createReportsService({ reports: createReportsRepository(db), fairs: fairsService });
  const cooperationService = createCooperationService({ cooperation: createCooperationRepository(db) });
  const organisationsService = createOrganisationsService({
    organisations: createOrganisationsRepository(db),
    fieldCrypto: deps.fieldCrypto,
  });
  const positionsService = createPositionsService({ positions: createPositionsRepository(db), clock });
  const searchIndexUid = config.searchIndexUid ?? DEFAULT_INDEX_UID;
  /** The one writer of the search index in this process (the outbox relay writes through it). */
  const positionIndex = createPositionIndex(deps.search, { uid: searchIndexUid });
  /** Which search indexes are being filled right now (a lease row per index, see index-sync). */
  const indexBuilds = createIndexBuildsRepository(db);
  const searchService = createSearchService({
    index: createPositionSearcher(deps.search, searchIndexUid),
    clock,
    isFilling: () => indexBuilds.anyIncomplete([searchIndexUid]),
  });
  /** Seekers for matching (no personal data); the outbox relay writes through it too. */
  const seekerIndex = createSeekerIndex(deps.search, { uid: config.searchIndexUid ? `${config.searchIndexUid}_seekers` : undefined });
  const matchingService = createMatchingService({
    matching: createMatchingRepository(db),
    candidates: createCandidateSearcher(deps.search, { positionIndexUid: searchIndexUid, seekerIndexUid: seekerIndex.uid }),
    clock,
  });
  /** A seeker signs in again by phone; its codes are entered at the registrations' verification path. */
  const signInService = createSignInService({
    signIns: createSignInRepository(db),
    sessions: authService,
    rateLimits: createRateLimitStore(db),
    fieldCrypto: deps.fieldCrypto,
    clock,
  });
  const registrationsService = createRegistrationsService({
    registrations: createRegistrationsRepository(db, deps.fieldCrypto),
    seekers: seekersService,
    sessions: authService,
    signIns: signInService,
    rateLimits: createRateLimitStore(db),
    fieldCrypto: deps.fieldCrypto,
    clock,
  });
  const meService = createMeService({
    me: createMeRepository(db),
    seekers: seekersService,
    matching: matchingService,
    intents: intentsService,
  });

  const app = express();
  useCommonMiddleware(app, { logger, trustProxy: config.trustProxy });

  const api = express.Router();
  api.use(rejectCrossSiteWrites);
  api.use(requireJsonContentType);
  api.use(parseJsonBody);
  api.use(loadSession(authService));
  // First: the fair desks' check-in is the hottest path, and Express tries routers in order.
  api.use(createCheckinsRoutes(registry, checkins.service));
  // Second: the boarding desks of an organised transfer scan as fast as the fair's.
  api.use(createTransfersRoutes(registry, transfers.service));
  // Then the hot reads (position page, fair stats): each router ahead of a route costs it CPU; no other shares their paths.
  api.use(createFairsRoutes(registry, fairsService));
  api.use(createPositionsRoutes(registry, positionsService));
  api.use(createSubsidiesRoutes(registry, createSubsidiesService({ subsidies: createSubsidiesRepository(db), seekers: seekersService })));
  api.use(
    createHealthRoutes(
      registry,
      createHealthProbes({ db, search: deps.search, indexBuilds, indexUids: [searchIndexUid, seekerIndex.uid] }),
    ),
  );
  api.use(createAuthRoutes(registry, authService, config.session));
  api.use(createUsersRoutes(registry, usersService));
  api.use(createEmployersRoutes(registry, employersService));
  api.use(createHouseholdsRoutes(registry, householdsService));
  api.use(createSeekersRoutes(registry, seekersService));
  api.use(createBadgesRoutes(registry, seekersService));
  api.use(createIntentsRoutes(registry, intentsService));
  api.use(createPlacementsRoutes(registry, placementsService));
  api.use(createFollowUpImport(registry, { db, placements: placementsService, fieldCrypto: deps.fieldCrypto }));
  api.use(createNotificationsRoutes(registry, notifications.service));
  api.use(createReportsRoutes(registry, reportsService, clock));
  api.use(createCooperationRoutes(registry, cooperationService));
  api.use(createEmploymentRoutes(registry, createEmploymentService({ employment: createEmploymentRepository(db), clock })));
  api.use(createAlertsRoutes(registry, createAlertsService({ alerts: createAlertsRepository(db), clock })));
  api.use(createOrganisationsRoutes(registry, organisationsService));
  api.use(createSearchRoutes(registry, searchService));
  api.use(createMatchingRoutes(registry, matchingService));
  api.use(
    createRegistrationsRoutes(registry, registrationsService, {
      sessionMaxAgeMs: config.session.absoluteHours * 3_600_000,
      endSession: (sessionId) => authService.logout(sessionId),
    }),
  );
  api.use(createSignInRoutes(registry, signInService));
  api.use(createMeRoutes(registry, meService));
  const openApi = buildOpenApiDocument(registry.specs, API_VERSION);
  api.get("/openapi.json", (_req, res) => {
    res.json(openApi);
  });
  api.use(apiNotFound);

  app.use("/api", api);
  const web = config.webDistDir ? serveWebApp(config.webDistDir) : null;
  if (web) app.use(web);
  app.use(errorHandler(logger));

  /** Socket.IO (/live) on the server that serves `app`; events cross processes through PostgreSQL. */
  const attachRealtime = (server: http.Server, options: { databaseUrl: string; eventBudget?: EventBudgetPolicy }) => {
    const live = attachLiveServer(server, options, {
      resolveSession: (token) => authService.resolveSession(token),
      canWatchFair: (auth, fairId) => checkins.service.canWatchFair(auth, fairId),
      canWatchTransfer: (auth, transferId) => transfers.service.canWatchTransfer(auth, transferId),
      events: liveEvents,
      logger,
      trustProxy: config.trustProxy,
    });
    // Every process with sockets also announces what a lost process stored but never announced.
    const stopSweeping = checkInAnnouncer.sweepEvery(CHECK_IN_SWEEP_MS);
    // Check-ins still waiting for their announcement go out before the sockets close.
    const close = () => {
      stopSweeping();
      return Promise.all([checkInAnnouncer.flushAll(), transfers.announcer.flushAll()]).then(live.close);
    };
    return { io: live.io, close };
  };

  return {
    app,
    registry,
    attachRealtime,
    liveEvents,
    checkInAnnouncer,
    positionIndex,
    seekerIndex,
    notificationHandlers: notifications.handlers,
    employerReminderJob: notifications.employerReminderJob,
  };
}
