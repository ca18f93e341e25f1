import { describe, expect, it } from "vitest";
import { checkSignInPhone, getResendWait, RESEND_COOLDOWN_SECONDS } from "./sign-in-model.ts";

describe("getResendWait", () => {
  const sentAt = "2026-05-20T08:00:00.000Z";
  const at = (seconds: number) => Date.parse(sentAt) + seconds * 1000;

  it("counts down whole seconds from the cool-down to 0, and stays at 0", () => {
    expect(getResendWait(sentAt, at(0))).toBe(RESEND_COOLDOWN_SECONDS);
    expect(getResendWait(sentAt, at(0.2))).toBe(RESEND_COOLDOWN_SECONDS);
    expect(getResendWait(sentAt, at(59.5))).toBe(1);
    expect(getResendWait(sentAt, at(60))).toBe(0);
    expect(getResendWait(sentAt, at(3600))).toBe(0);
  });

  it("offers a resend at once for a time it cannot read", () => {
    expect(getResendWait("not a time", at(0))).toBe(0);
  });
});

describe("checkSignInPhone", () => {
  it("takes a mobile number as people type it", () => {
    expect(checkSignInPhone("+86 138-0743-1234")).toEqual({ ok: true, phone: "13807431234" });
  });

  it("says in Chinese what is wrong", () => {
    expect(checkSignInPhone("  ")).toEqual({ ok: false, message: "请填写您的手机号，验证码会发到这个号码" });
    expect(checkSignInPhone("12345")).toEqual({ ok: false, message: "手机号应为11位数字" });
    expect(checkSignInPhone("23807431234")).toEqual({ ok: false, message: "手机号格式不正确" });
  });
});
