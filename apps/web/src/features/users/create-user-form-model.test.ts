import { describe, expect, it } from "vitest";
import { EMPTY_FORM, getFieldErrors, getFirstErrorField, toCreateUserRequest } from "./create-user-form-model.ts";

const EMPLOYER_ID = "6f1c1c1e-3b1a-4d6a-9a51-2f8a3c1d9e10";
const ORGANISATION_ID = "0b9f4c1e-3b1a-4d6a-9a51-2f8a3c1d9e11";

describe("toCreateUserRequest", () => {
  it("builds a staff account without the optional fields", () => {
    const result = toCreateUserRequest({
      ...EMPTY_FORM,
      username: "  desk01 ",
      password: "a-long-password",
      employerId: EMPLOYER_ID,
    });
    expect(result).toEqual({
      ok: true,
      request: { username: "desk01", password: "a-long-password", role: "STAFF" },
    });
  });

  it("keeps the employer and display name of an employer account, and no organisation", () => {
    const result = toCreateUserRequest({
      username: "hr.jinan",
      displayName: "王经理",
      password: "a-long-password",
      role: "EMPLOYER",
      employerId: EMPLOYER_ID,
      organisationId: ORGANISATION_ID,
    });
    expect(result).toEqual({
      ok: true,
      request: {
        username: "hr.jinan",
        displayName: "王经理",
        password: "a-long-password",
        role: "EMPLOYER",
        employerId: EMPLOYER_ID,
      },
    });
  });

  it("gives an ADMIN or STAFF account its organisation, and the platform none", () => {
    const staff = { ...EMPTY_FORM, username: "gz.desk", password: "a-long-password", organisationId: ORGANISATION_ID };
    expect(toCreateUserRequest(staff)).toEqual({
      ok: true,
      request: { username: "gz.desk", password: "a-long-password", role: "STAFF", organisationId: ORGANISATION_ID },
    });
    expect(toCreateUserRequest({ ...staff, role: "ADMIN", organisationId: "" })).toEqual({
      ok: true,
      request: { username: "gz.desk", password: "a-long-password", role: "ADMIN" },
    });
  });

  it("reports each wrong field in Chinese", () => {
    const result = toCreateUserRequest({ ...EMPTY_FORM, username: "a!", password: "short", role: "EMPLOYER" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      username: "用户名为3–64位字母、数字、下划线、点或横线",
      password: "密码至少10位",
      employerId: "企业账号必须指定所属企业",
    });
    expect(getFirstErrorField(result.fieldErrors)).toBe("username");
  });
});

describe("getFieldErrors", () => {
  it("maps API issues to inputs and keeps the rest apart", () => {
    expect(
      getFieldErrors([
        { path: ["password"], message: "密码太常见" },
        { path: ["password"], message: "second message is dropped" },
        { path: [], message: "请求无效" },
        { path: ["extra", 0], message: "未知字段" },
      ]),
    ).toEqual({ fieldErrors: { password: "密码太常见" }, otherErrors: ["请求无效", "未知字段"] });
  });
});
