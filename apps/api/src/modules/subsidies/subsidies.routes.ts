import {
  CreateRosterRequestSchema,
  CreateSubsidyRuleRequestSchema,
  IdParamsSchema,
  MySubsidiesResponseSchema,
  PaymentListResponseSchema,
  PaymentListUnmaskResponseSchema,
  RecordPaymentRequestSchema,
  RecordPaymentResponseSchema,
  RosterEntryParamsSchema,
  RosterNoticeQuerySchema,
  SubsidyRosterListResponseSchema,
  SubsidyRosterResponseSchema,
  SubsidyRuleListResponseSchema,
  SubsidyRuleResponseSchema,
  UnmaskRequestSchema,
  WithdrawEntryRequestSchema,
} from "@xiezuo/contracts";
import { Router } from "express";
import type { RouteRegistry } from "../../http/route.ts";
import type { SubsidiesService } from "./subsidies.service.ts";

const TAG = "subsidies";
const ADMIN = ["ADMIN"] as const;
const BUREAU = ["ADMIN", "STAFF"] as const;
const ROSTER = { 200: SubsidyRosterResponseSchema };

export function createSubsidiesRoutes(registry: RouteRegistry, service: SubsidiesService): Router {
  const router = Router();

  registry.define(
    router,
    {
      method: "post",
      path: "/subsidy-rules",
      tag: TAG,
      summary: "Set a subsidy without application (免申即享) for a county bureau; a platform ADMIN names organisationId",
      access: ADMIN,
      scope: "unscoped",
      body: CreateSubsidyRuleRequestSchema,
      responses: { 201: SubsidyRuleResponseSchema },
    },
    async ({ body, auth }) => ({ status: 201, body: { rule: await service.createRule(body, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/subsidy-rules",
      tag: TAG,
      summary: "Subsidy rules of the bureaus in the caller's jurisdiction",
      access: BUREAU,
      scope: "subsidy",
      responses: { 200: SubsidyRuleListResponseSchema },
    },
    async ({ scope }) => ({ status: 200, body: { rules: await service.listRules(scope) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/subsidy-rules/:id/rosters",
      tag: TAG,
      summary: "Compute a roster (DRAFT) as of a date; nobody already on a published, approved or paid roster of the rule",
      access: ADMIN,
      scope: "subsidy",
      params: IdParamsSchema,
      body: CreateRosterRequestSchema,
      responses: { 201: SubsidyRosterResponseSchema },
    },
    async ({ params, body, auth }) => ({ status: 201, body: { roster: await service.createRoster(params.id, body, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/subsidy-rules/:id/rosters",
      tag: TAG,
      summary: "A rule's rosters, newest first, with status, count and total (no entries)",
      access: BUREAU,
      scope: "subsidy",
      params: IdParamsSchema,
      responses: { 200: SubsidyRosterListResponseSchema },
    },
    async ({ params, scope }) => ({ status: 200, body: { rosters: await service.listRosters(params.id, scope) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/rosters/:id",
      tag: TAG,
      summary: "A subsidy roster with its entries (names masked) and total",
      access: BUREAU,
      scope: "subsidy",
      params: IdParamsSchema,
      responses: ROSTER,
    },
    async ({ params, scope }) => ({ status: 200, body: { roster: await service.getRoster(params.id, scope) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/rosters/:id/publish",
      tag: TAG,
      summary: "Publish a draft roster for the public notice (公示)",
      access: ADMIN,
      scope: "subsidy",
      params: IdParamsSchema,
      responses: ROSTER,
    },
    async ({ params, auth }) => ({ status: 200, body: { roster: await service.publish(params.id, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/rosters/:id/notice",
      tag: TAG,
      summary: "The public notice as a file (format=csv|xlsx): masked name, gender, village, work city or employer, amount",
      access: BUREAU,
      scope: "subsidy",
      params: IdParamsSchema,
      query: RosterNoticeQuerySchema,
      responses: { 200: null },
    },
    async ({ params, query, scope }) => ({ status: 200, file: await service.buildNotice(params.id, query.format, scope) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/rosters/:id/entries/:entryId/withdraw",
      tag: TAG,
      summary: "Withdraw an entry (after an objection) before the roster is approved",
      access: ADMIN,
      scope: "subsidy",
      params: RosterEntryParamsSchema,
      body: WithdrawEntryRequestSchema,
      responses: ROSTER,
    },
    async ({ params, body, auth }) => ({
      status: 200,
      body: { roster: await service.withdraw(params.id, params.entryId, body.reason, auth!) },
    }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/rosters/:id/approve",
      tag: TAG,
      summary: "Approve a published roster",
      access: ADMIN,
      scope: "subsidy",
      params: IdParamsSchema,
      responses: ROSTER,
    },
    async ({ params, auth }) => ({ status: 200, body: { roster: await service.approve(params.id, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/rosters/:id/payments",
      tag: TAG,
      summary: "Record the payment of an approved entry; the same entry again → 409 ALREADY_PAID",
      access: ADMIN,
      scope: "subsidy",
      params: IdParamsSchema,
      body: RecordPaymentRequestSchema,
      responses: { 201: RecordPaymentResponseSchema },
    },
    async ({ params, body, auth }) => ({ status: 201, body: { entry: await service.pay(params.id, body, auth!) } }),
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/rosters/:id/payment-list",
      tag: TAG,
      summary: "The payment list of an approved roster for finance: name, masked ID number, amount (empty before approval)",
      access: ADMIN,
      scope: "subsidy",
      params: IdParamsSchema,
      responses: { 200: PaymentListResponseSchema },
    },
    async ({ params, scope }) => ({ status: 200, body: await service.paymentList(params.id, scope) }),
  );

  registry.define(
    router,
    {
      method: "post",
      path: "/rosters/:id/payment-list/unmask",
      tag: TAG,
      summary: "The payment list with full ID numbers for a stated reason (ADMIN; each person's unmask written to the audit log)",
      access: ADMIN,
      scope: "subsidy",
      params: IdParamsSchema,
      body: UnmaskRequestSchema,
      responses: { 200: PaymentListUnmaskResponseSchema },
    },
    async ({ params, body, auth, res }) => {
      const list = await service.paymentListUnmasked(params.id, body.reason, auth!);
      res.set("Cache-Control", "no-store");
      return { status: 200, body: list };
    },
  );

  registry.define(
    router,
    {
      method: "get",
      path: "/me/subsidies",
      tag: TAG,
      summary: "The signed-in seeker's subsidies on published or approved rosters (已发放 when paid)",
      access: ["SEEKER"] as const,
      scope: "self",
      responses: { 200: MySubsidiesResponseSchema },
    },
    async ({ auth }) => ({ status: 200, body: { subsidies: await service.listMine(auth!.user.seekerId) } }),
  );

  return router;
}
