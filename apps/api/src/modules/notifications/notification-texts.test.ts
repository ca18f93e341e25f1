import { describe, expect, it } from "vitest";
import { readEnv } from "../../env.ts";
import { createNotificationProvider } from "./notification-provider.ts";
import {
  blankVerificationCode,
  followUpReminderText,
  intentStatusText,
  signInCodeText,
  verificationCodeText,
} from "./notification-texts.ts";

describe("message texts", () => {
  it("signs every message and says what happened in plain words", () => {
    expect(verificationCodeText({ code: "048213", fairTitle: "古丈县春季招聘会" })).toBe(
      "【协作】验证码 048213，10分钟内有效，用于报名「古丈县春季招聘会」，请勿告诉他人。",
    );
    const status = intentStatusText({ employerName: "济南重汽", positionTitle: "焊工", status: "HIRED" });
    expect(status.startsWith("【协作】您应聘的济南重汽「焊工」状态更新：已录用。")).toBe(true);
    // The words of 我的, where the message sends the seeker (the booth says 已发录用通知).
    expect(intentStatusText({ employerName: "济南重汽", positionTitle: "焊工", status: "OFFERED" })).toContain("状态更新：企业愿意录用。");
    expect(followUpReminderText({ employerName: "济南重汽", positionTitle: null })).toContain("您在济南重汽的工作还顺利吗");
    expect(followUpReminderText({ employerName: "济南重汽", positionTitle: "焊工" })).toContain("济南重汽「焊工」");
  });

  it("sends the seeker to 我的: a link on the public origin when there is one, else the words and the path", () => {
    const input = { employerName: "济南重汽", positionTitle: "焊工", status: "HIRED" } as const;
    expect(intentStatusText(input)).toBe(
      "【协作】您应聘的济南重汽「焊工」状态更新：已录用。详情请登录“我的”查看（/me），或联系驻点工作人员。",
    );
    expect(intentStatusText({ ...input, publicBaseUrl: "https://xiezuo.example.cn/" })).toBe(
      "【协作】您应聘的济南重汽「焊工」状态更新：已录用。详情请打开 https://xiezuo.example.cn/me 查看，或联系驻点工作人员。",
    );
  });

  it("says what a sign-in code is for, in a form the outbox can blank", () => {
    const text = signInCodeText({ code: "300120" });
    expect(text).toBe("【协作】验证码 300120，10分钟内有效，用于登录“我的”，请勿告诉他人。");
    expect(blankVerificationCode(text)).not.toContain("300120");
  });

  it("blanks the one-time code only, not other digits in the fair's title", () => {
    const text = verificationCodeText({ code: "905112", fairTitle: "2026年202605期招聘会" });
    const blanked = blankVerificationCode(text);
    expect(blanked).not.toContain("905112");
    expect(blanked).toContain("验证码 ******，");
    expect(blanked).toContain("「2026年202605期招聘会」");
  });
});

describe("createNotificationProvider", () => {
  it("builds the development provider, which sends nothing anywhere", async () => {
    const provider = createNotificationProvider(readEnv({}));
    expect(provider.name).toBe("dev");
    await expect(provider.send({ notificationId: "n", kind: "INTENT_STATUS", to: "13800000000", text: "x" })).resolves.toEqual({});
  });

  it("refuses an unknown provider name so a misconfigured start-up stops", () => {
    expect(() => createNotificationProvider(readEnv({ NOTIFICATION_PROVIDER: "aliyun" }))).toThrow(
      /NOTIFICATION_PROVIDER="aliyun".*known: dev/,
    );
  });
});
