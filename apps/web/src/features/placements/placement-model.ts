import { type CreatePlacementRequest, daysBetween, type FollowUpDue, type PlacementChannel } from "@xiezuo/contracts";

// The words for placement statuses and channels are STAFF_LABELS in the contracts.

export interface PlacementFormValues {
  startedOn: string;
  monthlyWage: string;
  workCity: string;
  channel: PlacementChannel;
}

export type PlacementField = keyof PlacementFormValues;

/** The request body, or the first problem per field in Chinese. */
export function validatePlacementForm(
  values: PlacementFormValues,
  fixed: { seekerId: string; employerId: string; positionId?: string },
  today: string,
): { ok: true; request: CreatePlacementRequest } | { ok: false; errors: Partial<Record<PlacementField, string>> } {
  const errors: Partial<Record<PlacementField, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startedOn)) errors.startedOn = "请选择上岗日期";
  else if (daysBetween(today, values.startedOn) > 180) errors.startedOn = "上岗日期不能晚于半年后";
  const wage = Number(values.monthlyWage.trim());
  if (values.monthlyWage.trim() === "" || !Number.isInteger(wage) || wage < 1 || wage > 200_000)
    errors.monthlyWage = "请填写月工资（元，整数）";
  if (values.workCity.trim() === "") errors.workCity = "请填写务工城市";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      ...fixed,
      startedOn: values.startedOn,
      monthlyWage: wage,
      workCity: values.workCity.trim(),
      channel: values.channel,
    },
  };
}

/** "逾期 3 天" / "今天到期" / "2 天后到期", and whether it is late. */
export function describeDue(item: Pick<FollowUpDue, "dueOn">, today: string): { text: string; isOverdue: boolean } {
  const days = daysBetween(today, item.dueOn);
  if (days < 0) return { text: `逾期 ${-days} 天`, isOverdue: true };
  if (days === 0) return { text: "今天到期", isOverdue: false };
  return { text: `${days} 天后到期`, isOverdue: false };
}

export interface FollowUpFormValues {
  checkedOn: string;
  employed: boolean | null;
  monthlyWage: string;
  note: string;
}

export const FOLLOW_UP_NOTE_MAX = 200;

export function validateFollowUpForm(
  values: FollowUpFormValues,
  limits: { startedOn: string; today: string },
):
  | { ok: true; request: { checkedOn: string; employed: boolean; monthlyWage?: number; note?: string } }
  | { ok: false; errors: Partial<Record<keyof FollowUpFormValues, string>> } {
  const errors: Partial<Record<keyof FollowUpFormValues, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.checkedOn)) errors.checkedOn = "请选择回访日期";
  else if (values.checkedOn > limits.today) errors.checkedOn = "回访日期不能晚于今天";
  else if (values.checkedOn < limits.startedOn) errors.checkedOn = "回访日期不能早于上岗日期";
  if (values.employed === null) errors.employed = "请选择是否仍在岗";
  const wageText = values.monthlyWage.trim();
  const wage = Number(wageText);
  if (values.employed && wageText !== "" && (!Number.isInteger(wage) || wage < 1 || wage > 200_000))
    errors.monthlyWage = "月工资应为整数（元）";
  const note = values.note.trim();
  if (note.length > FOLLOW_UP_NOTE_MAX) errors.note = `备注最多 ${FOLLOW_UP_NOTE_MAX} 个字`;
  if (Object.keys(errors).length > 0 || values.employed === null) return { ok: false, errors };
  return {
    ok: true,
    request: {
      checkedOn: values.checkedOn,
      employed: values.employed,
      ...(values.employed && wageText !== "" ? { monthlyWage: wage } : {}),
      ...(note !== "" ? { note } : {}),
    },
  };
}
