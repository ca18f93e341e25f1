import { describe, expect, it } from "vitest";
import { EMPTY_ORGANISATION_FORM, toCreateOrganisationRequest } from "./organisation-form-model.ts";

describe("toCreateOrganisationRequest", () => {
  it("trims the name and keeps the picked region", () => {
    expect(toCreateOrganisationRequest({ name: "  凤凰县人社局 ", regionCode: "433123" })).toEqual({
      ok: true,
      request: { name: "凤凰县人社局", regionCode: "433123" },
    });
  });

  it("asks for a name and a region in Chinese", () => {
    const result = toCreateOrganisationRequest(EMPTY_ORGANISATION_FORM);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ name: "请输入机构名称", regionCode: "请选择机构所在地区" });
  });
});
