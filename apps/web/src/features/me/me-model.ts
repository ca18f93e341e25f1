import {
  type IntentUpdatedEvent,
  type MyFair,
  type MyIntent,
  type MyInterestResponse,
  type MyMatch,
  SEEKER_LABELS,
} from "@xiezuo/contracts";
import { buildPositionSpeech } from "../../lib/position-speech.ts";

// Status words as the job seeker reads them are SEEKER_LABELS (the booth's, STAFF_LABELS, are
// written for recruiters); the text messages use the same words as this page.

/** A fair where "I'm interested" may name the fair: one of my fairs, open now, where the position recruits. */
export function pickInterestFairId(positionFairIds: readonly string[], myFairs: readonly MyFair[]): string | undefined {
  return myFairs.find((fair) => fair.status === "OPEN" && positionFairIds.includes(fair.fairId))?.fairId;
}

/** What the seeker reads after 我感兴趣; a repeat is answered kindly, not as an error. */
export function describeInterestAnswer(answer: Pick<MyInterestResponse, "duplicate">): string {
  return answer.duplicate
    ? "您之前已经说过对这个工作感兴趣了。"
    : "已告诉企业您感兴趣。有了进展会显示在“我的求职进展”里，也会发短信告诉您。";
}

/** The intent shown on a matched job: the newest one for that position. */
export function findIntentForPosition(intents: readonly MyIntent[], positionId: string): MyIntent | undefined {
  return intents
    .filter((intent) => intent.positionId === positionId)
    .reduce<MyIntent | undefined>((newest, intent) => (!newest || intent.createdAt > newest.createdAt ? intent : newest), undefined);
}

/**
 * A live status change applied to the list on screen. `null` when the intent is not on
 * screen (e.g. recorded at a booth a moment ago): then the list is read again.
 * An older event never overwrites a newer state.
 */
export function applyIntentUpdate(intents: readonly MyIntent[], event: IntentUpdatedEvent): MyIntent[] | null {
  const current = intents.find((intent) => intent.id === event.intentId);
  if (!current) return null;
  if (Date.parse(current.updatedAt) > Date.parse(event.at)) return [...intents];
  return intents.map((intent) => (intent.id === event.intentId ? { ...intent, status: event.status, updatedAt: event.at } : intent));
}

/** Newest change first, so a fresh answer from an employer is at the top. */
export function sortIntents(intents: readonly MyIntent[]): MyIntent[] {
  return [...intents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** What a screen reader announces when an employer answers. */
export function describeStatusChange(intent: MyIntent): string {
  return `${intent.position.employerName}「${intent.position.title}」：${SEEKER_LABELS.intentStatus[intent.status]}`;
}

/** Open and upcoming fairs first (soonest first), then past ones (latest first). */
export function sortMyFairs(fairs: readonly MyFair[]): MyFair[] {
  const rank = (fair: MyFair) => (fair.status === "CLOSED" ? 1 : 0);
  return [...fairs].sort(
    (a, b) => rank(a) - rank(b) || (rank(a) === 0 ? a.startsAt.localeCompare(b.startsAt) : b.startsAt.localeCompare(a.startsAt)),
  );
}

/** 朗读 for a matched job: the job in the usual order, then why it was suggested. */
export function buildMatchSpeech(match: MyMatch): string {
  const speech = buildPositionSpeech({ ...match.position, description: "" });
  return match.reasons.length > 0 ? `${speech}推荐理由：${match.reasons.join("，")}。` : speech;
}
