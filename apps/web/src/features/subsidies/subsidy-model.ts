// 免申即享: the words, masking and sums the subsidy pages show, kept apart from React for tests.
import {
  type MySubsidy,
  maskName as maskPublicName,
  SEEKER_LABELS,
  STAFF_LABELS,
  type SubsidyAmounts,
  type SubsidyEntry,
  type SubsidyKind,
  type SubsidyRosterStatus,
  type SubsidyRule,
} from "@xiezuo/contracts";
import { formatNumber } from "../../lib/format.ts";

type RosterEntry = SubsidyEntry;

export const SUBSIDY_KIND_LABELS: Record<SubsidyKind, string> = STAFF_LABELS.subsidyKind;

export const ROSTER_STATUS_LABELS: Record<SubsidyRosterStatus, string> = STAFF_LABELS.subsidyRosterStatus;

/** 600 → "600 元", 12000 → "12,000 元". */
export function formatYuan(amount: number): string {
  return `${formatNumber(amount)} 元`;
}

/**
 * The name as a public notice shows it: the middle hidden (张*三, 欧阳**华), a two-character name
 * keeps its surname (李*). Digits never pass (a number typed into a name field stays private).
 */
export function maskName(name: string): string {
  const withoutDigits = name.replace(/[0-9０-９]/g, "").trim();
  return withoutDigits ? maskPublicName(withoutDigits) : "—";
}

/** Who an entry pays, as the notice may print it: a person masked, an employer by name. */
export function entryDisplayName(entry: Pick<RosterEntry, "employerId" | "name">): string {
  if (entry.employerId !== null) return entry.name.trim() || "用工企业";
  return maskIfNeeded(entry.name);
}

/** A name the API says is masked is trusted only if it shows no digits and at least one *. */
function maskIfNeeded(name: string): string {
  return /[0-9０-９]/.test(name) || (!name.includes("*") && Array.from(name).length > 1) ? maskName(name) : name;
}

export function isWithdrawn(entry: RosterEntry): boolean {
  return Boolean(entry.withdrawnAt);
}

export function isPaid(entry: RosterEntry): boolean {
  return entry.paidOn !== null;
}

export interface RosterGroupTotal {
  label: string;
  count: number;
  amount: number;
}

const UNKNOWN = "未注明";

function totalsBy(entries: readonly RosterEntry[], keyOf: (entry: RosterEntry) => string): RosterGroupTotal[] {
  const groups = new Map<string, RosterGroupTotal>();
  for (const entry of entries) {
    if (isWithdrawn(entry)) continue;
    const label = keyOf(entry);
    const group = groups.get(label) ?? { label, count: 0, amount: 0 };
    group.count += 1;
    group.amount += entry.amount;
    groups.set(label, group);
  }
  // Largest amount first; the unnamed group last, so the table reads from what matters.
  return [...groups.values()].sort((a, b) => {
    if ((a.label === UNKNOWN) !== (b.label === UNKNOWN)) return a.label === UNKNOWN ? 1 : -1;
    return b.amount - a.amount || a.label.localeCompare(b.label, "zh-CN");
  });
}

/** 按乡镇合计 (withdrawn entries left out). */
export function totalsByTownship(entries: readonly RosterEntry[]): RosterGroupTotal[] {
  return totalsBy(entries, (entry) => entry.township?.trim() || UNKNOWN);
}

/** 按村合计 (withdrawn entries left out). */
export function totalsByVillage(entries: readonly RosterEntry[]): RosterGroupTotal[] {
  return totalsBy(entries, (entry) => [entry.township?.trim(), entry.village?.trim()].filter(Boolean).join(" ") || UNKNOWN);
}

/**
 * 按补贴类别合计: a transport roster pays 省外务工 or 省内县外 by the rule's amounts, so the amount
 * tells the category; null when it cannot (the two amounts equal, or an employer roster).
 */
export function totalsByCategory(entries: readonly RosterEntry[], amounts: SubsidyAmounts | null): RosterGroupTotal[] | null {
  if (!amounts || "perWorker" in amounts || amounts.outOfProvince === amounts.inProvince) return null;
  return totalsBy(entries, (entry) => {
    if (entry.amount === amounts.outOfProvince) return "省外务工";
    if (entry.amount === amounts.inProvince) return "省内县外务工";
    return UNKNOWN;
  });
}

/** 按家庭类别合计 (withdrawn entries left out): the staff's words for the household category. */
export function totalsByPovertyStatus(entries: readonly RosterEntry[]): RosterGroupTotal[] {
  return totalsBy(entries, (entry) => (entry.povertyStatus ? STAFF_LABELS.povertyStatus[entry.povertyStatus] : UNKNOWN));
}

/** The roster's head figures: people (or employers) listed, and what they are owed, paid so far. */
export function summariseRoster(entries: readonly RosterEntry[]): { count: number; amount: number; paidCount: number; paidAmount: number } {
  let count = 0;
  let amount = 0;
  let paidCount = 0;
  let paidAmount = 0;
  for (const entry of entries) {
    if (isWithdrawn(entry)) continue;
    count += 1;
    amount += entry.amount;
    if (isPaid(entry)) {
      paidCount += 1;
      paidAmount += entry.amount;
    }
  }
  return { count, amount, paidCount, paidAmount };
}

/** "省外 600 元 · 省内县外 300 元" or "每人 1,000 元". */
export function describeAmounts(amounts: SubsidyAmounts): string {
  if ("perWorker" in amounts) return `每吸纳 1 人 ${formatYuan(amounts.perWorker)}`;
  return `省外务工 ${formatYuan(amounts.outOfProvince)} · 省内县外 ${formatYuan(amounts.inProvince)}`;
}

export function describeRule(rule: SubsidyRule): string {
  const categories = rule.povertyStatuses.map((status) => STAFF_LABELS.povertyStatus[status]).join("、");
  const transfer = rule.excludeOrganisedTransfer ? " · 不含组织输出人员" : "";
  return `${rule.year} 年 · 连续务工满 ${rule.minMonths} 个月 · ${categories}${transfer}`;
}

/** What the roster's actions allow in its state: publish a draft, approve a published one, pay once approved. */
export function rosterActions(status: SubsidyRosterStatus): {
  canPublish: boolean;
  canApprove: boolean;
  canWithdraw: boolean;
  canPay: boolean;
} {
  return {
    canPublish: status === "DRAFT",
    canApprove: status === "PUBLISHED",
    canWithdraw: status === "DRAFT" || status === "PUBLISHED",
    canPay: status === "APPROVED",
  };
}

/** "已发放 交通补贴 600 元" on the seeker's page; one not paid yet says where it stands. */
export function describeMySubsidy(subsidy: Pick<MySubsidy, "kind" | "amount" | "paidOn" | "rosterStatus">): string {
  const state = subsidy.paidOn !== null ? "已发放" : subsidy.rosterStatus === "APPROVED" ? "待发放" : "公示中";
  return `${state} ${SEEKER_LABELS.subsidyKind[subsidy.kind]} ${formatYuan(subsidy.amount)}`;
}

export interface NoticeRow {
  key: string;
  name: string;
  township: string;
  village: string;
  amount: string;
}

const DIGITS = /[0-9０-９]/;

/** Text for the public notice: a number in it (an ID or phone typed in the wrong field) is left out. */
function noticeText(value: string | null | undefined): string {
  const text = value?.trim() ?? "";
  return text && !DIGITS.test(text) ? text : "—";
}

/** The rows of the public notice: withdrawn entries out, names masked, no numbers but the amount. */
export function toNoticeRows(entries: readonly RosterEntry[]): NoticeRow[] {
  return entries
    .filter((entry) => !isWithdrawn(entry))
    .map((entry) => ({
      key: entry.id,
      name: entryDisplayName(entry),
      township: noticeText(entry.township),
      village: noticeText(entry.village),
      amount: formatNumber(entry.amount),
    }));
}
