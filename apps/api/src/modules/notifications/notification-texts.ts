// Every message a job seeker can receive, in one place, in plain Chinese. The 【协作】 prefix
// is the sender signature SMS gateways in China require; texts stay within one SMS.
import { VERIFICATION_CODE_LENGTH } from "@xiezuo/contracts";

const SIGNATURE = "【协作】";
const CODE_LEAD = "验证码 ";

export function verificationCodeText(input: { code: string; fairTitle: string }): string {
  return `${SIGNATURE}${CODE_LEAD}${input.code}，10分钟内有效，用于报名「${input.fairTitle}」，请勿告诉他人。`;
}

export function intentStatusText(input: { employerName: string; positionTitle: string; statusWord: string }): string {
  return `${SIGNATURE}您应聘的${input.employerName}「${input.positionTitle}」状态更新：${input.statusWord}。详情请打开“我的求职”查看，或联系驻点工作人员。`;
}

export function followUpReminderText(input: { employerName: string; positionTitle: string | null }): string {
  const job = input.positionTitle ? `${input.employerName}「${input.positionTitle}」` : input.employerName;
  return `${SIGNATURE}您在${job}的工作还顺利吗？工资、住宿等有任何问题，请联系驻点工作人员，我们帮您协调。`;
}

const CODE_PATTERN = new RegExp(`${CODE_LEAD}\\d{${VERIFICATION_CODE_LENGTH}}`, "g");

/**
 * The text with its one-time code replaced by asterisks: what the outbox page shows when a
 * real provider delivers codes to phones (only the development provider's codes are readable).
 */
export function blankVerificationCode(text: string): string {
  return text.replace(CODE_PATTERN, `${CODE_LEAD}${"*".repeat(VERIFICATION_CODE_LENGTH)}`);
}
