import { getAllowedIntentMoves, type Intent, type IntentStatus, STAFF_LABELS, type UpdateIntentRequest } from "@xiezuo/contracts";

// A candidate's status in words is STAFF_LABELS.intentStatus (the same words as the API's refusals).

type Move = UpdateIntentRequest["status"];

/** The booth's big buttons, in reading order; each shows only when the move is allowed. */
const BOOTH_ACTIONS: readonly { status: Move; label: string; tone: "primary" | "secondary" | "danger" }[] = [
  { status: "INTERVIEWED", label: "面试", tone: "secondary" },
  { status: "HIRED", label: "录用", tone: "primary" },
  { status: "DECLINED", label: "未录用", tone: "danger" },
];

export function getBoothActions(status: IntentStatus) {
  const allowed = new Set(getAllowedIntentMoves(status));
  return BOOTH_ACTIONS.filter((action) => allowed.has(action.status));
}

export type CandidateFilter = "ALL" | "OPEN" | "HIRED" | "CLOSED";

export const CANDIDATE_FILTERS: readonly { value: CandidateFilter; label: string }[] = [
  { value: "ALL", label: "全部" },
  { value: "OPEN", label: "待处理" },
  { value: "HIRED", label: STAFF_LABELS.intentStatus.HIRED },
  { value: "CLOSED", label: "未录用/放弃" },
];

function filterOf(status: IntentStatus): Exclude<CandidateFilter, "ALL"> {
  if (status === "HIRED") return "HIRED";
  if (status === "DECLINED" || status === "WITHDRAWN") return "CLOSED";
  return "OPEN";
}

export function filterCandidates(intents: readonly Intent[], filter: CandidateFilter): Intent[] {
  return filter === "ALL" ? [...intents] : intents.filter((intent) => filterOf(intent.status) === filter);
}

export function countCandidates(intents: readonly Intent[]): Record<CandidateFilter, number> {
  const counts: Record<CandidateFilter, number> = { ALL: intents.length, OPEN: 0, HIRED: 0, CLOSED: 0 };
  for (const intent of intents) counts[filterOf(intent.status)]++;
  return counts;
}

/** "女 · 36岁" */
export function describePerson(seeker: Intent["seeker"]): string {
  return `${seeker.gender === "FEMALE" ? "女" : "男"} · ${seeker.age}岁`;
}
