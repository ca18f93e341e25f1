// The alert list's words and the visit form's check: what a clerk reads before going out.
import { type DropoutAlert, daysBetween } from "@xiezuo/contracts";

export interface VisitFormValues {
  visitedOn: string;
  note: string;
}

export type VisitField = keyof VisitFormValues;

export const VISIT_NOTE_MAX = 500;

/** The form's own check before it asks the API (which checks the same again). */
export function validateVisitForm(values: VisitFormValues, today: string): Partial<Record<VisitField, string>> {
  const errors: Partial<Record<VisitField, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.visitedOn)) errors.visitedOn = "请选择走访日期";
  else if (values.visitedOn > today) errors.visitedOn = "走访日期不能晚于今天";
  const note = values.note.trim();
  if (note === "") errors.note = "请填写走访情况";
  else if (note.length > VISIT_NOTE_MAX) errors.note = `走访情况最多 ${VISIT_NOTE_MAX} 字`;
  return errors;
}

/** 2026-12-05 → 12月5日 (this year) or 2025年12月5日. */
export function formatDate(date: string, today: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return date.slice(0, 4) === today.slice(0, 4) ? `${m}月${d}日` : `${y}年${m}月${d}日`;
}

/** "3天前离岗" / "今天离岗". */
export function describeEnded(alert: Pick<DropoutAlert, "endedOn">, today: string): string {
  const days = daysBetween(alert.endedOn, today);
  if (days <= 0) return "今天离岗";
  return `${formatDate(alert.endedOn, today)}离岗（${days}天前）`;
}

/** The last visit, or that nobody has been yet; a visit before the worker left does not count as after it. */
export function describeLastVisit(alert: Pick<DropoutAlert, "endedOn" | "lastVisitedOn">, today: string): string {
  if (alert.lastVisitedOn === null) return "尚未走访";
  const when = `最近走访 ${formatDate(alert.lastVisitedOn, today)}`;
  return alert.lastVisitedOn < alert.endedOn ? `${when}（离岗前）` : when;
}

/** Whether the household still waits for a visit since its worker came home. */
export function needsVisit(alert: Pick<DropoutAlert, "endedOn" | "lastVisitedOn">): boolean {
  return alert.lastVisitedOn === null || alert.lastVisitedOn < alert.endedOn;
}

/** Alerts (already sorted by township) grouped under their township, in order. */
export function groupByTownship<T extends Pick<DropoutAlert, "township">>(alerts: readonly T[]): { township: string; alerts: T[] }[] {
  const groups: { township: string; alerts: T[] }[] = [];
  for (const alert of alerts) {
    const last = groups.at(-1);
    if (last && last.township === alert.township) last.alerts.push(alert);
    else groups.push({ township: alert.township, alerts: [alert] });
  }
  return groups;
}

export const DAY_CHOICES = [7, 30, 60, 90] as const;

export function describeEmpty(days: number): string {
  return `近${days}天没有返贫风险户`;
}
