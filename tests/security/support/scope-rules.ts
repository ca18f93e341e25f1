// What each scope rule (http/route.ts ScopeRule) promises for the Guzhang worker of the scope
// world, side by side: `sees` (the route works as for the platform) or `hidden` (404 for the
// object, or left out of a list). And how to call each route about that worker: ids in the
// path come from the world; queries and bodies of the routes that need one are listed here,
// so a new scoped route fails the matrix until it is described.
import type { AnyRouteSpec, ScopeRule } from "../../../apps/api/src/http/route.ts";
import type { RequestParts } from "./route-requests.ts";
import type { ScopeWorld, Side } from "./scope-world.ts";

export type Outcome = "sees" | "hidden" | "forbidden";

const ALL_SEE: Record<Side, Outcome> = { own: "sees", parent: "sees", partner: "sees", unrelated: "sees", platform: "sees" };

/** `null`: the rule does not depend on the caller's region (checked: every side gets the same status). */
export const EXPECTED: Record<ScopeRule, Record<Side, Outcome> | null> = {
  public: null,
  self: null,
  unscoped: null,
  "platform-only": { own: "forbidden", parent: "forbidden", partner: "forbidden", unrelated: "forbidden", platform: "sees" },
  household: { ...ALL_SEE, partner: "hidden", unrelated: "hidden" },
  seeker: { ...ALL_SEE, unrelated: "hidden" },
  placement: { ...ALL_SEE, unrelated: "hidden" },
  fair: { ...ALL_SEE, unrelated: "hidden" },
  "fair-host": { ...ALL_SEE, parent: "hidden", partner: "hidden", unrelated: "hidden" },
  "fair-operator": { ...ALL_SEE, parent: "hidden", unrelated: "hidden" },
  intent: { ...ALL_SEE, unrelated: "hidden" },
  "region-report": { ...ALL_SEE, partner: "hidden", unrelated: "hidden" },
  users: { ...ALL_SEE, partner: "hidden", unrelated: "hidden" },
  // The world's transfer: planned by the own county, bound for the partner city.
  transfer: { ...ALL_SEE, unrelated: "hidden" },
  "transfer-exporter": { ...ALL_SEE, partner: "hidden", unrelated: "hidden" },
  // The world's subsidy rule and roster belong to the own county's bureau.
  subsidy: { ...ALL_SEE, partner: "hidden", unrelated: "hidden" },
  // The world's organisation in the path is the own county's bureau: only it and the platform change it.
  organisation: { ...ALL_SEE, parent: "hidden", partner: "hidden", unrelated: "hidden" },
};

/**
 * How a hidden answer looks when the object is named in the body rather than the path:
 * 404, or a 2xx whose answer leaves the worker out, or a 400 naming the field.
 */
export type HiddenAnswer = 404 | "left-out" | 400;

export interface ScopedCall {
  parts: (w: ScopeWorld) => RequestParts;
  hidden?: HiddenAnswer;
}

const csv = (w: ScopeWorld) =>
  [
    "householdCode,regionCode,township,village,povertyStatus,labourCapableMembers",
    `${w.householdCode},433126,古阳镇,白溪关村,REGISTERED_POOR,3`,
  ].join("\n");

function multipart(text: string): RequestParts["raw"] {
  const boundary = "scope-matrix-boundary";
  const data = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="households.csv"',
    "Content-Type: text/csv",
    "",
    text,
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return { contentType: `multipart/form-data; boundary=${boundary}`, data: Buffer.from(data) };
}

const uuid = () => crypto.randomUUID();

/** Queries and bodies of scoped routes; routes not listed are called with path ids only. */
export const SCOPED_CALLS: Record<string, ScopedCall> = {
  "GET /reports/coverage": { parts: () => ({ query: { regionCode: "433126" } }), hidden: 404 },
  "GET /reports/zero-employment": { parts: () => ({ query: { regionCode: "433126" } }), hidden: 404 },
  "GET /reports/cooperation": {
    parts: () => ({ query: { exportingRegionCode: "433126", importingRegionCode: "433126", from: "2026-01-01", to: "2026-12-31" } }),
    hidden: 404,
  },
  // The position is public; what a side may not see is the worker among its candidates.
  "GET /matches/positions/:id": { parts: () => ({}), hidden: "left-out" },
  "POST /organisations": { parts: () => ({ body: { name: `吉首市人社局${uuid().slice(0, 6)}`, regionCode: "433101" } }) },
  "POST /fairs/:id/checkins": { parts: (w) => ({ body: { seekerId: w.seeker.id, clientRequestId: uuid() } }) },
  "POST /fairs/:id/employers": { parts: (w) => ({ body: { employerId: w.employerId } }) },
  "POST /fairs/:id/partners": { parts: (w) => ({ body: { organisationId: w.organisationIds.partner } }) },
  "PATCH /fairs/:id": { parts: () => ({ body: { venue: "古丈县人力资源市场" } }) },
  "POST /registrations/:id/confirm": { parts: () => ({}) },
  "POST /intents": { parts: (w) => ({ body: { seekerId: w.seeker.id, positionId: w.positionId, fairId: w.fairId } }), hidden: 404 },
  "PATCH /intents/:id": { parts: () => ({ body: { status: "INTERVIEWED" } }) },
  "POST /placements": {
    parts: (w) => ({
      body: {
        seekerId: w.seeker.id,
        employerId: w.employerId,
        startedOn: "2026-03-01",
        monthlyWage: 5200,
        workCity: "济南",
        channel: "LABOUR_COOPERATION",
      },
    }),
    hidden: 404,
  },
  "POST /placements/:id/followups": { parts: () => ({ body: { checkedOn: "2026-04-01", employed: true, monthlyWage: 5300 } }) },
  "POST /placements/:id/reminders": { parts: () => ({}) },
  "POST /seekers/lookup": { parts: (w) => ({ body: { idNumber: w.seeker.idNumber } }), hidden: 404 },
  "POST /seekers/:id/unmask": { parts: () => ({ body: { reason: "核对身份（辖区检查）" } }) },
  "POST /badges/batch": { parts: (w) => ({ body: { seekerIds: [w.seeker.id] } }), hidden: "left-out" },
  "POST /badges/resolve": { parts: (w) => ({ body: { token: w.badgeToken } }), hidden: 404 },
  "POST /households/import": { parts: (w) => ({ raw: multipart(csv(w)) }), hidden: "left-out" },
  "POST /users": {
    parts: (w) => ({
      body: { username: `scope_${uuid().slice(0, 8)}`, password: "scope-matrix-pw", role: "STAFF", organisationId: w.organisationIds.own },
    }),
    hidden: 400,
  },
  "PATCH /users/:id": { parts: () => ({ body: { disabled: false } }) },
  "POST /notifications/employer-reminders": { parts: () => ({ body: { month: "2026-05" } }) },
  "PATCH /organisations/:id": { parts: () => ({ body: { alertPhone: "13900000000" } }) },
  "POST /transfers/:id/members": { parts: (w) => ({ body: { seekerId: w.seeker.id } }) },
  "POST /transfers/:id/members/bulk": { parts: (w) => ({ body: { seekerIds: [w.seeker.id] } }) },
  "POST /transfers/:id/boardings": { parts: (w) => ({ body: { seekerId: w.seeker.id, clientRequestId: uuid() } }) },
  "POST /transfers/:id/depart": { parts: () => ({}) },
  "POST /transfers/:id/arrivals": { parts: (w) => ({ body: { seekerId: w.seeker.id } }) },
  "POST /transfers/:id/exceptions": { parts: (w) => ({ body: { seekerId: w.seeker.id, reason: "OTHER", note: "辖区检查" } }) },
  "POST /subsidy-rules/:id/rosters": { parts: () => ({ body: { asOf: "2026-12-01" } }) },
  "POST /rosters/:id/publish": { parts: () => ({}) },
  "POST /rosters/:id/payment-list/unmask": { parts: () => ({ body: { reason: "银行代发核对（辖区检查）" } }) },
  "POST /rosters/:id/approve": { parts: () => ({}) },
  "POST /rosters/:id/entries/:entryId/withdraw": { parts: () => ({ body: { reason: "群众异议（辖区检查）" } }) },
  "POST /rosters/:id/payments": { parts: (w) => ({ body: { entryId: w.subsidy.entryId, reference: "ZF-SCOPE", paidOn: "2026-12-10" } }) },
  "GET /reports/employment": { parts: () => ({ query: { regionCode: "433126" } }), hidden: 404 },
  "GET /reports/employment/history": { parts: () => ({ query: { regionCode: "433126" } }), hidden: 404 },
  "GET /alerts/dropouts": { parts: () => ({ query: { regionCode: "433126" } }), hidden: 404 },
  "POST /households/:id/visits": { parts: () => ({ body: { visitedOn: "2026-04-02", note: "上门走访（辖区检查）" } }) },
  // The worker's placement in a follow-up file: a side that may not record on it gets its row rejected, nothing written.
  "POST /followups/import": {
    parts: (w) => ({ raw: multipart(`placementId,checkedOn,employed,monthlyWage\n${w.placementId},2026-04-01,是,5300`) }),
    hidden: "left-out",
  },
};

/** A scoped write must say how to call it: its body (or none) names the worker. */
export function unlistedScopedWrites(specs: AnyRouteSpec[], key: (s: AnyRouteSpec) => string): string[] {
  return specs.filter((s) => EXPECTED[s.scope] !== null && s.method !== "get" && !(key(s) in SCOPED_CALLS)).map(key);
}
