import { createSeededRandom, generateIdNumber, generatePhone } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  cleanCode,
  EMPTY_REGISTRATION,
  getFirstRegistrationErrorField,
  getRegistrationCities,
  getRegistrationFieldErrors,
  MAX_PREFERRED_CITIES,
  toggleCity,
  toRegistrationRequest,
} from "./registration-form-model.ts";

const random = createSeededRandom(7);
const idNumber = generateIdNumber({ regionCode: "433126", birthDate: "1988-04-02", gender: "FEMALE" }, random);
const phone = generatePhone(random);

describe("toRegistrationRequest", () => {
  it("sends what the person chose and leaves out what they did not", () => {
    const checked = toRegistrationRequest({ ...EMPTY_REGISTRATION, name: " 向金花 ", idNumber, phone, consent: true });
    expect(checked).toEqual({ ok: true, request: { name: "向金花", idNumber, phone, consent: true } });

    const withChoices = toRegistrationRequest({
      ...EMPTY_REGISTRATION,
      name: "向金花",
      idNumber,
      phone: `${phone.slice(0, 3)} ${phone.slice(3)}`,
      householdCode: " 433126-0001 ",
      jobFamilies: ["焊工", "普工"],
      preferredCities: ["济南"],
      expectedWageMin: 4000,
      consent: true,
    });
    expect(withChoices.ok && withChoices.request).toEqual({
      name: "向金花",
      idNumber,
      phone,
      householdCode: "433126-0001",
      jobFamilies: ["焊工", "普工"],
      preferredCities: ["济南"],
      expectedWageMin: 4000,
      consent: true,
    });
  });

  it("says in Chinese what is missing or wrong, first field first", () => {
    const checked = toRegistrationRequest({ ...EMPTY_REGISTRATION, idNumber: "43312619880402000", phone: "12345" });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.fieldErrors.name).toBe("请填写您的姓名");
    expect(checked.fieldErrors.idNumber).toMatch(/\p{Script=Han}/u);
    expect(checked.fieldErrors.phone).toBe("手机号应为11位数字");
    expect(checked.fieldErrors.consent).toBe("请先阅读上面的说明，同意后勾选");
    expect(getFirstRegistrationErrorField(checked.fieldErrors)).toBe("name");
  });
});

describe("getRegistrationFieldErrors", () => {
  it("puts the API's body issues on their fields and keeps the rest apart", () => {
    const mapped = getRegistrationFieldErrors([
      { path: ["body", "phone"], message: "手机号格式不正确" },
      { path: ["body", "preferredCities", 0], message: "意向城市过长" },
      { path: ["body", "jobFamilies", 1], message: "请从工种列表中选择" },
      { path: ["params", "id"], message: "Invalid uuid" },
    ]);
    expect(mapped.fieldErrors).toEqual({ phone: "手机号格式不正确", preferredCities: "意向城市过长", jobFamilies: "请从工种列表中选择" });
    expect(mapped.otherErrors).toEqual(["填写的内容不符合要求"]);
  });
});

describe("city chips", () => {
  it("offers the fair's cities, most positions first, and keeps what was chosen", () => {
    expect(getRegistrationCities({ 济南: 12, 青岛: 3, 长沙: 0 }, ["吉首"])).toEqual(["济南", "青岛", "吉首"]);
    expect(getRegistrationCities(null, [])).toEqual(["济南", "吉首", "长沙"]);
    expect(getRegistrationCities({}, ["济南"])).toEqual(["济南", "吉首", "长沙"]);
  });

  it("toggles a city and keeps at most a few", () => {
    expect(toggleCity(["济南"], "济南")).toEqual([]);
    const many = ["a", "b", "c", "d", "e"].reduce<string[]>((chosen, city) => toggleCity(chosen, city), []);
    expect(toggleCity(many, "f")).toEqual(["b", "c", "d", "e", "f"]);
    expect(toggleCity(many, "f")).toHaveLength(MAX_PREFERRED_CITIES);
  });
});

describe("cleanCode", () => {
  it("keeps the six digits of a pasted message", () => {
    expect(cleanCode("验证码 123 456")).toBe("123456");
    expect(cleanCode("12345678")).toBe("123456");
    expect(cleanCode("abc")).toBe("");
  });
});
