// The one hand-written table of the matrix: for routes that take an object an EMPLOYER may
// or may not own, its own object (answered 2xx) and the other employer's (answered 404, or
// a list without a trace of it). Routes not listed here and not in SHARED_OBJECT_ROUTES make
// the matrix fail, so a new owner-scoped route cannot slip by unclassified.
import type { RequestParts, RouteKey } from "./route-requests.ts";
import type { SecurityWorld } from "./security-world.ts";

export interface ObjectCase {
  /** Runs as the EMPLOYER of `world.mine`. */
  own: (w: SecurityWorld) => RequestParts;
  other: (w: SecurityWorld) => RequestParts;
  /** 404 NOT_FOUND, or "hidden": a 2xx that mentions none of the other employer's objects. */
  otherAnswer: 404 | "hidden";
}

const placementBody = (side: SecurityWorld["mine"]) => ({
  seekerId: side.applicant.id,
  employerId: side.employerId,
  positionId: side.positionId,
  startedOn: "2026-04-01",
  monthlyWage: 5000,
  workCity: "济南",
  channel: "FAIR",
});

export const OBJECT_CASES: Record<RouteKey, ObjectCase> = {
  "GET /seekers/:id": {
    own: (w) => ({ params: { id: w.mine.seeker.id } }),
    // The other employer's applicant has no intent on our positions.
    other: (w) => ({ params: { id: w.other.seeker.id } }),
    otherAnswer: 404,
  },
  "PATCH /positions/:id": {
    own: (w) => ({ params: { id: w.mine.positionId }, body: { openings: 7 } }),
    other: (w) => ({ params: { id: w.other.positionId }, body: { openings: 7 } }),
    otherAnswer: 404,
  },
  "POST /positions/:id/close": {
    own: (w) => ({ params: { id: w.mine.spareId } }),
    other: (w) => ({ params: { id: w.other.spareId } }),
    otherAnswer: 404,
  },
  "PATCH /intents/:id": {
    own: (w) => ({ params: { id: w.mine.intentId }, body: { status: "INTERVIEWED" } }),
    other: (w) => ({ params: { id: w.other.intentId }, body: { status: "INTERVIEWED" } }),
    otherAnswer: 404,
  },
  "GET /placements/:id": {
    own: (w) => ({ params: { id: w.mine.placementId } }),
    other: (w) => ({ params: { id: w.other.placementId } }),
    otherAnswer: 404,
  },
  "GET /matches/positions/:id": {
    own: (w) => ({ params: { id: w.mine.positionId } }),
    other: (w) => ({ params: { id: w.other.positionId } }),
    otherAnswer: 404,
  },
  "GET /transfers/:id": {
    own: (w) => ({ params: { id: w.mine.transferId } }),
    other: (w) => ({ params: { id: w.other.transferId } }),
    otherAnswer: 404,
  },
  "POST /transfers/:id/arrivals": {
    own: (w) => ({ params: { id: w.mine.transferId }, body: { seekerId: w.mine.seeker.id } }),
    other: (w) => ({ params: { id: w.other.transferId }, body: { seekerId: w.other.seeker.id } }),
    otherAnswer: 404,
  },
  "POST /transfers/:id/exceptions": {
    own: (w) => ({ params: { id: w.mine.transferId }, body: { seekerId: w.mine.applicant.id, reason: "REFUSED_AT_ARRIVAL" } }),
    other: (w) => ({ params: { id: w.other.transferId }, body: { seekerId: w.other.applicant.id, reason: "REFUSED_AT_ARRIVAL" } }),
    otherAnswer: 404,
  },
  // Objects named in the body or the query.
  "POST /intents": {
    // The neutral seeker: linking the other side's applicant to our position would make it ours to see.
    own: (w) => ({ body: { seekerId: w.neutral.seeker.id, positionId: w.mine.positionId, fairId: w.fairId } }),
    other: (w) => ({ body: { seekerId: w.mine.seeker.id, positionId: w.other.positionId, fairId: w.fairId } }),
    otherAnswer: 404,
  },
  "POST /placements": {
    own: (w) => ({ body: placementBody(w.mine) }),
    other: (w) => ({ body: placementBody(w.other) }),
    otherAnswer: 404,
  },
  "GET /intents": {
    own: (w) => ({ query: { positionId: w.mine.positionId } }),
    other: (w) => ({ query: { positionId: w.other.positionId } }),
    otherAnswer: "hidden",
  },
  "GET /placements": {
    own: (w) => ({ query: { seekerId: w.mine.seeker.id } }),
    other: (w) => ({ query: { seekerId: w.other.seeker.id } }),
    otherAnswer: "hidden",
  },
  "GET /positions": {
    own: (w) => ({ query: { employerId: w.mine.employerId } }),
    other: (w) => ({ query: { employerId: w.other.employerId } }),
    otherAnswer: 404,
  },
};

/** Routes with an object id that every caller allowed by the route may read, whoever owns it. */
export const SHARED_OBJECT_ROUTES: Record<RouteKey, string> = {
  "GET /employers/:id": "the contract lets any signed-in user read any employer",
};

/** What the other side owns that the EMPLOYER of `mine` must never see outside a public route. */
export function otherSideMarkers(w: SecurityWorld): string[] {
  return [w.other.intentId, w.other.placementId, w.other.seeker.name, w.other.username];
}
