import type { AnyErrorCode } from "../../lib/error-messages.ts";
import { getErrorMessage } from "../../lib/error-messages.ts";

/** Who was checked in, as far as the screen may show it. */
export interface DeskPerson {
  /** "向*花": bystanders at the desk can see the screen. */
  maskedName: string;
  idNumberMasked: string;
}

/** What the big panel shows after a scan or a typed ID number. */
export type CheckInResult =
  | { kind: "success"; person: DeskPerson | null; at: string }
  | { kind: "duplicate"; person: DeskPerson | null; at: string }
  | { kind: "queued"; tokenSuffix: string; isNew: boolean; at: string }
  | { kind: "error"; title: string; reason: string; at: string };

/** Keeps the first character (the family name) and the last of longer names. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join("");
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function toDeskPerson(seeker: { name: string; idNumberMasked: string }): DeskPerson {
  return { maskedName: maskName(seeker.name), idNumberMasked: seeker.idNumberMasked };
}

/** Why the server refused a check-in, in words for the desk. */
const REFUSAL_REASONS: Partial<Record<AnyErrorCode, string>> = {
  FAIR_NOT_OPEN: "这场招聘会现在不在进行中，不能签到",
  NOT_FOUND: "没有找到这张胸牌对应的求职者",
  VALIDATION_FAILED: "二维码无效，不是本平台的胸牌",
  FORBIDDEN: "当前账号没有签到权限",
  UNAUTHENTICATED: "登录已失效，请重新登录后再上传",
};

export function describeRefusal(code: string): string {
  return REFUSAL_REASONS[code as AnyErrorCode] ?? getErrorMessage(code as AnyErrorCode) ?? "签到未成功";
}
