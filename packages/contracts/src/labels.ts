// The words each audience reads for the platform's code words, one catalogue per audience.
// Every table is a Record over its enum, so a new enum value fails the typecheck until it has
// words here. The web app, the API's messages and its spreadsheets all read these tables.
import type { PovertyStatus } from "./common.ts";
import type { FairStatus } from "./fairs.ts";
import type { IntentStatus } from "./intents.ts";
import type { NotificationKind, NotificationStatus } from "./notifications.ts";
import type { PlacementChannel, PlacementStatus } from "./placements.ts";
import type { SubsidyKind, SubsidyRosterStatus } from "./subsidies.ts";
import type { TransferExceptionReason, TransferMemberState, TransferStatus, TransportMode } from "./transfers.ts";

/** For staff: the bureau, fair desks, booth recruiters, employers (pages, refusals, report files). */
export const STAFF_LABELS: {
  intentStatus: Record<IntentStatus, string>;
  placementStatus: Record<PlacementStatus, string>;
  placementChannel: Record<PlacementChannel, string>;
  povertyStatus: Record<PovertyStatus, string>;
  fairStatus: Record<FairStatus, string>;
  notificationKind: Record<NotificationKind, string>;
  notificationStatus: Record<NotificationStatus, string>;
  transferStatus: Record<TransferStatus, string>;
  transferMemberState: Record<TransferMemberState, string>;
  transferExceptionReason: Record<TransferExceptionReason, string>;
  transportMode: Record<TransportMode, string>;
  subsidyKind: Record<SubsidyKind, string>;
  subsidyRosterStatus: Record<SubsidyRosterStatus, string>;
} = {
  intentStatus: {
    INTENDED: "待面试",
    INTERVIEWED: "已面试",
    OFFERED: "已发录用通知",
    HIRED: "已录用",
    DECLINED: "未录用",
    WITHDRAWN: "本人放弃",
  },
  placementStatus: { ACTIVE: "在岗", STABLE: "稳定就业", ENDED: "已离岗" },
  placementChannel: { FAIR: "招聘会", LABOUR_COOPERATION: "劳务协作", SELF: "自主就业", OTHER: "其他" },
  // The household import also accepts other words for these (POVERTY_STATUS_WORDS).
  povertyStatus: { REGISTERED_POOR: "建档立卡户", LIFTED: "脱贫户", MONITORED: "防返贫监测户", NONE: "一般户" },
  fairStatus: { DRAFT: "筹备中", OPEN: "进行中", CLOSED: "已结束" },
  notificationKind: {
    VERIFICATION_CODE: "验证码",
    INTENT_STATUS: "求职进展",
    FOLLOWUP_REMINDER: "回访提醒",
    DROPOUT_ALERT: "返乡预警",
    EMPLOYER_REMINDER: "企业在岗确认提醒",
  },
  notificationStatus: { PENDING: "等待发送", SENT: "已发送", FAILED: "发送失败" },
  transferStatus: { PLANNED: "待出发", DEPARTED: "已出发" },
  transferMemberState: { LISTED: "待上车", BOARDED: "已上车", NO_SHOW: "未到场", ARRIVED: "已到岗", EXCEPTION: "异常" },
  transferExceptionReason: { NO_SHOW: "未到场", LEFT_EN_ROUTE: "途中离队", REFUSED_AT_ARRIVAL: "到达后拒绝上岗", OTHER: "其他" },
  transportMode: { BUS: "大巴", TRAIN: "火车", FLIGHT: "飞机", OTHER: "其他" },
  subsidyKind: { TRANSPORT: "交通补贴", EMPLOYER_RETENTION: "稳岗补贴" },
  subsidyRosterStatus: { DRAFT: "草稿", PUBLISHED: "公示中", APPROVED: "已审核" },
};

/** For the job seeker on their own page (我的): plainer than the booth's words. */
export const SEEKER_LABELS: {
  intentStatus: Record<IntentStatus, string>;
  subsidyKind: Record<SubsidyKind, string>;
} = {
  intentStatus: {
    INTENDED: "已报名，等企业联系",
    INTERVIEWED: "已面试",
    OFFERED: "企业愿意录用",
    HIRED: "已录用",
    DECLINED: "未录用",
    WITHDRAWN: "已放弃",
  },
  subsidyKind: { TRANSPORT: "交通补贴", EMPLOYER_RETENTION: "稳岗补贴" },
};

/**
 * For text messages to a job seeker. A message sends its reader to 我的 for the details, so it
 * uses the same words as that page (a withdrawal sends none, but has its word all the same).
 */
export const SMS_LABELS: {
  intentStatus: Record<IntentStatus, string>;
} = {
  intentStatus: SEEKER_LABELS.intentStatus,
};
