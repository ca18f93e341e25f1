import { computeIdNumberCheckChar } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { EMPTY_REGISTER_VALUES, getRegisterFieldErrors, toCreateSeekerRequest } from "./register-seeker-form-model.ts";

const FIRST17 = "43312619900101123";
const VALID_ID = `${FIRST17}${computeIdNumberCheckChar(FIRST17)}`;
const WRONG_CHECK_ID = `${FIRST17}${computeIdNumberCheckChar(FIRST17) === "0" ? "1" : "0"}`;

describe("toCreateSeekerRequest", () => {
  it("builds the request with normalised numbers and without a blank household code", () => {
    const result = toCreateSeekerRequest({
      name: " 向金花 ",
      idNumber: ` ${VALID_ID.toLowerCase()} `,
      phone: "138 0743 1234",
      householdCode: "  ",
      jobFamilies: [],
      consent: true,
    });
    expect(result).toEqual({
      ok: true,
      request: { name: "向金花", idNumber: VALID_ID, phone: "13807431234", consent: true },
    });
    const wanting = toCreateSeekerRequest({
      ...EMPTY_REGISTER_VALUES,
      name: "向金花",
      idNumber: VALID_ID,
      phone: "13807431234",
      jobFamilies: ["保洁"],
      consent: true,
    });
    expect(wanting.ok && wanting.request.jobFamilies).toEqual(["保洁"]);
  });

  it("gives the Chinese reason of each wrong field", () => {
    const result = toCreateSeekerRequest({
      name: "向金花",
      idNumber: WRONG_CHECK_ID,
      phone: "12345",
      householdCode: "",
      jobFamilies: [],
      consent: false,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      idNumber: "校验码不正确",
      phone: "手机号应为11位数字",
      consent: "须经本人同意方可登记个人信息",
    });
  });

  it("asks for what is missing rather than describing an empty value", () => {
    const result = toCreateSeekerRequest({ ...EMPTY_REGISTER_VALUES, consent: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({ name: "请输入姓名", idNumber: "请输入身份证号", phone: "请输入手机号" });
  });
});

describe("getRegisterFieldErrors", () => {
  it("reads API issues nested under body", () => {
    expect(
      getRegisterFieldErrors([
        { path: ["body", "householdCode"], message: "没有这个户编号" },
        { path: [], message: "x" },
      ]),
    ).toEqual({
      fieldErrors: { householdCode: "没有这个户编号" },
      otherErrors: ["x"],
    });
  });
});
