// The status of a placement, recomputed from all of its follow-ups each time one is added.
//
// "Continuous employment" (稳定就业), precisely: a chain of follow-ups that all say employed,
// starting at `startedOn`, in which no two consecutive dates (startedOn counts as the first)
// are more than MAX_FOLLOW_UP_GAP_DAYS apart, and whose last follow-up is on or after the
// chain's start + STABLE_EMPLOYMENT_MONTHS calendar months. A longer silence breaks the chain:
// nobody checked, so continuity is unknown, and a new chain starts at the next employed
// follow-up (never earlier than startedOn). The placement becomes STABLE on the date of the
// follow-up that completes a chain. Any follow-up saying "not employed" ends the placement
// (ENDED on the earliest such date), even after it became stable; stableOn then stays as history.
import { MAX_FOLLOW_UP_GAP_DAYS, type PlacementStatus } from "@xiezuo/contracts";
import { addMonths, daysBetween } from "../../lib/calendar-dates.ts";

export interface FollowUpFact {
  checkedOn: string;
  employed: boolean;
}

export interface PlacementStatusInput {
  startedOn: string;
  followUps: readonly FollowUpFact[];
  stableMonths: number;
  maxGapDays?: number;
}

export interface PlacementStatusResult {
  status: PlacementStatus;
  stableOn: string | null;
  endedOn: string | null;
}

export function computePlacementStatus(input: PlacementStatusInput): PlacementStatusResult {
  const { startedOn, stableMonths } = input;
  const maxGapDays = input.maxGapDays ?? MAX_FOLLOW_UP_GAP_DAYS;
  // Follow-ups before the start are refused at the door; ignoring them here keeps the rule total.
  const facts = input.followUps.filter((f) => f.checkedOn >= startedOn).sort((a, b) => a.checkedOn.localeCompare(b.checkedOn));

  const endedOn = facts.find((f) => !f.employed)?.checkedOn ?? null;
  // Evidence of work counts only before the first "not employed" answer.
  const employedDates = facts.filter((f) => f.employed && (endedOn === null || f.checkedOn < endedOn)).map((f) => f.checkedOn);

  let chainStart = startedOn;
  let previous = startedOn;
  let stableOn: string | null = null;
  for (const date of employedDates) {
    if (daysBetween(previous, date) > maxGapDays) chainStart = date;
    previous = date;
    if (date >= addMonths(chainStart, stableMonths)) {
      stableOn = date;
      break;
    }
  }

  return { status: endedOn ? "ENDED" : stableOn ? "STABLE" : "ACTIVE", stableOn, endedOn };
}
