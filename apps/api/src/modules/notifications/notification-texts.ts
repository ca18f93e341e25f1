// Every message a job seeker can receive, in one place, in plain Chinese. The 【协作】 prefix
// is the sender signature SMS gateways in China require; texts stay within one SMS.
import { type IntentStatus, type PovertyStatus, SMS_LABELS, STAFF_LABELS, VERIFICATION_CODE_LENGTH } from "@xiezuo/contracts";

const SIGNATURE = "【协作】";
const CODE_LEAD = "验证码 ";

export function verificationCodeText(input: { code: string; fairTitle: string }): string {
  return `${SIGNATURE}${CODE_LEAD}${input.code}，10分钟内有效，用于报名「${input.fairTitle}」，请勿告诉他人。`;
}

/** The seeker's own page (我的) in the web app. */
export const MY_PAGE_PATH = "/me";

/**
 * Where a message sends the seeker to read more: the 我的 page on the platform's public origin
 * (env PUBLIC_BASE_URL, e.g. https://xiezuo.example.cn) as a link phones make tappable, or,
 * with no origin configured, the words and the path.
 */
export function myPageHint(publicBaseUrl?: string): string {
  if (!publicBaseUrl) return `登录“我的”查看（${MY_PAGE_PATH}）`;
  // The spaces keep the link apart from the Chinese around it, so SMS apps detect just the URL.
  return `打开 ${publicBaseUrl.replace(/\/+$/, "")}${MY_PAGE_PATH} 查看`;
}

export function signInCodeText(input: { code: string }): string {
  return `${SIGNATURE}${CODE_LEAD}${input.code}，10分钟内有效，用于登录“我的”，请勿告诉他人。`;
}

/** The status in the words of 我的 (SMS_LABELS), where the message sends the seeker. */
export function intentStatusText(input: {
  employerName: string;
  positionTitle: string;
  status: IntentStatus;
  publicBaseUrl?: string;
}): string {
  const job = `${input.employerName}「${input.positionTitle}」`;
  return `${SIGNATURE}您应聘的${job}状态更新：${SMS_LABELS.intentStatus[input.status]}。详情请${myPageHint(input.publicBaseUrl)}，或联系驻点工作人员。`;
}

export function followUpReminderText(input: { employerName: string; positionTitle: string | null }): string {
  const job = input.positionTitle ? `${input.employerName}「${input.positionTitle}」` : input.employerName;
  return `${SIGNATURE}您在${job}的工作还顺利吗？工资、住宿等有任何问题，请联系驻点工作人员，我们帮您协调。`;
}

/**
 * To a bureau's duty phone when a household's last employed member came home: where, what
 * kind of household and its code (a registry number, not a person's), never a worker's ID or phone.
 */
export function dropoutAlertText(input: {
  countyName: string;
  township: string;
  village: string;
  povertyStatus: PovertyStatus;
  householdCode: string;
}): string {
  const place = `${input.countyName}${input.township}${input.village}`;
  return `${SIGNATURE}${place} ${STAFF_LABELS.povertyStatus[input.povertyStatus]} 户编号${input.householdCode}：最后一名务工人员已返乡，请尽快上门走访。`;
}

/** To an employer's contact phone once a month: confirm the workers on site. */
export function employerReminderText(input: { activeWorkers: number }): string {
  return `${SIGNATURE}贵单位有 ${input.activeWorkers} 名务工人员在岗，请在本月内通过平台确认在岗情况（批量导入回访）。`;
}

const CODE_PATTERN = new RegExp(`${CODE_LEAD}\\d{${VERIFICATION_CODE_LENGTH}}`, "g");

/**
 * The text with its one-time code replaced by asterisks: what the outbox page shows when a
 * real provider delivers codes to phones (only the development provider's codes are readable).
 */
export function blankVerificationCode(text: string): string {
  return text.replace(CODE_PATTERN, `${CODE_LEAD}${"*".repeat(VERIFICATION_CODE_LENGTH)}`);
}
