import {
  AddTransferMemberRequestSchema,
  AddTransferMembersRequestSchema,
  AddTransferMembersResponseSchema,
  ArrivalRequestSchema,
  BoardingRequestSchema,
  CreateTransferRequestSchema,
  IdParamsSchema,
  TransferCandidatesResponseSchema,
  TransferExceptionRequestSchema,
  TransferListQuerySchema,
  TransferListResponseSchema,
  TransferManifestQuerySchema,
  TransferMemberResponseSchema,
  TransferResponseSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { TransfersService } from "./transfers.service.ts";

const TAG = "transfers";
const BUREAU = ["ADMIN", "STAFF"] as const;
/** The transfer's employer confirms arrivals and reads the list; bureaus do everything else. */
const BUREAU_OR_EMPLOYER = ["ADMIN", "STAFF", "EMPLOYER"] as const;
const MEMBER_ANSWERS = { 201: TransferMemberResponseSchema, 200: TransferMemberResponseSchema };

export function createTransfersRoutes(registry: RouteRegistry, service: TransfersService): Router {
  const router = Router();

  // First: the boarding desks' scan, the hot path of a departure morning.
  registry.define(
    router,
    {
      method: "post",
      path: "/transfers/:id/boardings",
      tag: TAG,
      summary:
        "Board a listed person (seekerId, idNumber or badge token); exactly once, replays answer 200; not listed → 409 NOT_ON_MANIFEST",
      access: BUREAU,
      scope: "transfer-exporter",
      params: IdParamsSchema,
      body: BoardingRequestSchema,
      responses: MEMBER_ANSWERS,
    },
    async ({ params, body, auth }) => {
      const outcome = await service.board(params.id, body, auth!);
      return { status: outcome.duplicate ? 200 : 201, body: outcome };
    },
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/transfers",
      tag: TAG,
      summary: "Plan an organised transfer (组织化输出) for the caller's bureau; a platform account names organisationId",
      access: BUREAU,
      scope: "unscoped",
      body: CreateTransferRequestSchema,
      responses: { 201: TransferResponseSchema },
    },
    async ({ body, auth }) => ({ status: 201, body: { transfer: await service.create(body, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/transfers",
      tag: TAG,
      summary: "Transfers of the exporting or the destination side, latest departure first, with their counts",
      access: BUREAU,
      scope: "transfer",
      query: TransferListQuerySchema,
      responses: { 200: TransferListResponseSchema },
    },
    async ({ query, auth }) => ({ status: 200, body: await service.list(query, auth!) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/transfers/:id",
      tag: TAG,
      summary: "The transfer with its counts and members (masked, with township and village)",
      access: BUREAU_OR_EMPLOYER,
      scope: "transfer",
      params: IdParamsSchema,
      responses: { 200: TransferResponseSchema },
    },
    async ({ params, auth }) => ({ status: 200, body: { transfer: await service.get(params.id, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/transfers/:id/manifest",
      tag: TAG,
      summary: "The list as a file (format=csv|xlsx): name, gender, age, masked ID and phone, township, village, state, reason",
      access: BUREAU,
      scope: "transfer",
      params: IdParamsSchema,
      query: TransferManifestQuerySchema,
      responses: { 200: null },
    },
    async ({ params, query, auth }) => ({ status: 200, file: await service.buildManifest(params.id, query.format, auth!) }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/transfers/:id/candidates",
      tag: TAG,
      summary: "People of the organisation's jurisdiction hired (intent HIRED, placement ACTIVE/STABLE) and not yet listed",
      access: BUREAU,
      scope: "transfer-exporter",
      params: IdParamsSchema,
      responses: { 200: TransferCandidatesResponseSchema },
    },
    async ({ params, scope }) => ({ status: 200, body: { candidates: await service.listCandidates(params.id, scope) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/transfers/:id/members",
      tag: TAG,
      summary: "List a person of the organisation's jurisdiction; again → 200 duplicate",
      access: BUREAU,
      scope: "transfer-exporter",
      params: IdParamsSchema,
      body: AddTransferMemberRequestSchema,
      responses: MEMBER_ANSWERS,
    },
    async ({ params, body, scope }) => {
      const outcome = await service.addMember(params.id, body.seekerId, scope);
      return { status: outcome.duplicate ? 200 : 201, body: outcome };
    },
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/transfers/:id/members/bulk",
      tag: TAG,
      summary: "List up to 500 people at once (从已录用名单添加); one outside the jurisdiction → 404, nothing written",
      access: BUREAU,
      scope: "transfer-exporter",
      params: IdParamsSchema,
      body: AddTransferMembersRequestSchema,
      responses: { 200: AddTransferMembersResponseSchema },
    },
    async ({ params, body, scope }) => ({ status: 200, body: await service.addMembers(params.id, body.seekerIds, scope) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/transfers/:id/depart",
      tag: TAG,
      summary: "The bus leaves: status DEPARTED, everyone still LISTED becomes NO_SHOW (one transaction); again → 409",
      access: BUREAU,
      scope: "transfer-exporter",
      params: IdParamsSchema,
      responses: { 200: TransferResponseSchema },
    },
    async ({ params, auth }) => ({ status: 200, body: { transfer: await service.depart(params.id, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/transfers/:id/arrivals",
      tag: TAG,
      summary: "Confirm a boarded person arrived (destination side, exporting side or the transfer's employer); again → duplicate",
      access: BUREAU_OR_EMPLOYER,
      scope: "transfer",
      params: IdParamsSchema,
      body: ArrivalRequestSchema,
      responses: { 200: TransferMemberResponseSchema },
    },
    async ({ params, body, auth }) => ({ status: 200, body: await service.confirmArrival(params.id, body, auth!) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/transfers/:id/exceptions",
      tag: TAG,
      summary: "Record an exception for a listed person (NO_SHOW, LEFT_EN_ROUTE, REFUSED_AT_ARRIVAL, OTHER)",
      access: BUREAU_OR_EMPLOYER,
      scope: "transfer",
      params: IdParamsSchema,
      body: TransferExceptionRequestSchema,
      responses: { 200: TransferMemberResponseSchema },
    },
    async ({ params, body, auth }) => ({ status: 200, body: await service.recordException(params.id, body, auth!) }),
  );

  return router;
}
