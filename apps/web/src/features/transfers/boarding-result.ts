import { STAFF_LABELS, type TransferMember } from "@xiezuo/contracts";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import type { AnyErrorCode } from "../../lib/error-messages.ts";
import { type FeedbackKind, maskName } from "../desk/index.ts";
import { describeHome } from "./transfer-model.ts";

/** Who boarded, as far as the screen may show it (bystanders at the bus door can see it). */
export interface BoardingPerson {
  maskedName: string;
  idNumberMasked: string;
  home: string;
}

/** The big answer after each scan or typed number at the bus door. */
export type BoardingResult =
  /** The person is looked up in the loaded list when shown (a name may arrive a moment later). */
  | { kind: "boarded"; seekerId: string; at: string }
  | { kind: "duplicate"; seekerId: string; at: string }
  /** The person is not on this transfer's list: must not get on. */
  | { kind: "not-on-manifest"; at: string }
  /** The bus has left: nobody boards any more. */
  | { kind: "departed"; at: string }
  | { kind: "queued"; tokenSuffix: string; isNew: boolean; at: string }
  | { kind: "error"; title: string; reason: string; at: string };

export function toBoardingPerson(member: Pick<TransferMember, "seeker">): BoardingPerson {
  return { maskedName: maskName(member.seeker.name), idNumberMasked: member.seeker.idNumberMasked, home: describeHome(member.seeker) };
}

/** Sound and vibration: a refusal at the door is the loudest. */
export const BOARDING_FEEDBACK: Record<BoardingResult["kind"], FeedbackKind> = {
  boarded: "success",
  duplicate: "duplicate",
  queued: "queued",
  "not-on-manifest": "error",
  departed: "error",
  error: "error",
};

/** Why the server refused a boarding, in words for the door (also for refused queued scans). */
const REFUSALS: Partial<Record<AnyErrorCode, string>> = {
  NOT_ON_MANIFEST: "此人不在本次输出名单上，请核对后再上车",
  CONFLICT: "已经发车，或此人已记为异常，不能再登记上车",
  NOT_FOUND: "没有找到这位求职者（胸牌或身份证号无效），或这次输出已不在本机构范围内",
  VALIDATION_FAILED: "二维码或身份证号无效",
  FORBIDDEN: "当前账号没有上车登记的权限",
  UNAUTHENTICATED: "登录已失效，请重新登录后再上传",
};

export function describeBoardingRefusal(code: string): string {
  return REFUSALS[code as AnyErrorCode] ?? "上车登记未成功";
}

/**
 * A definitive refusal of a scan, as the panel shows it. CONFLICT means the bus has left, or the
 * person's state forbids boarding (recorded as an exception, say): `isDeparted` tells which, from
 * the transfer as read after the refusal (null when that read failed).
 */
export function refusalResult(error: unknown, at: string, isDeparted: boolean | null = null): BoardingResult {
  if (!isApiRequestError(error)) return { kind: "error", title: "上车登记失败", reason: describeError(error), at };
  if (error.code === "NOT_ON_MANIFEST") return { kind: "not-on-manifest", at };
  if (error.code === "CONFLICT") {
    if (isDeparted !== false) return { kind: "departed", at };
    return { kind: "error", title: "不能登记上车", reason: "此人在名单上已记为异常或未到场，请到名单页核对", at };
  }
  return { kind: "error", title: "上车登记失败", reason: REFUSALS[error.code] ?? error.message, at };
}

export function describeBoardingResult(result: BoardingResult): { title: string; detail: string } {
  switch (result.kind) {
    case "boarded":
      return { title: "上车", detail: "已登记上车" };
    case "duplicate":
      return { title: "已上车", detail: "这个人之前已经登记上车，不会重复计数" };
    case "not-on-manifest":
      return { title: "不在名单上", detail: "此人不在本次输出名单上。请核对身份，不要让其上车；需要同行请先加入名单。" };
    case "departed":
      return { title: "已发车", detail: `这次输出${STAFF_LABELS.transferStatus.DEPARTED}，不能再登记上车` };
    case "queued":
      return {
        title: result.isNew ? "已离线暂存" : "已在暂存队列中",
        detail: `胸牌 ${result.tokenSuffix}，联网后自动上传，每人只算一次`,
      };
    case "error":
      return { title: result.title, detail: result.reason };
  }
}
