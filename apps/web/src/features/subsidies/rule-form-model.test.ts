import { describe, expect, it } from "vitest";
import { amountFieldsOf, emptyRuleForm, readWhole, toCreateRuleRequest } from "./rule-form-model.ts";

const transport = { ...emptyRuleForm(2025), name: "2025 年跨省务工交通补贴", outOfProvince: "600", inProvince: "300" };

describe("toCreateRuleRequest", () => {
  it("builds a transport rule with both amounts", () => {
    const checked = toCreateRuleRequest({ ...transport, excludeOrganisedTransfer: true }, { needsOrganisation: false });
    expect(checked).toEqual({
      ok: true,
      request: {
        name: "2025 年跨省务工交通补贴",
        kind: "TRANSPORT",
        year: 2025,
        minMonths: 6,
        povertyStatuses: ["REGISTERED_POOR", "LIFTED", "MONITORED"],
        amounts: { outOfProvince: 600, inProvince: 300 },
        excludeOrganisedTransfer: true,
      },
    });
  });

  it("builds an employer rule with the per-worker amount only", () => {
    const checked = toCreateRuleRequest(
      { ...transport, kind: "EMPLOYER_RETENTION", perWorker: "１０００", povertyStatuses: ["LIFTED"] },
      { needsOrganisation: false },
    );
    expect(checked.ok && checked.request.amounts).toEqual({ perWorker: 1000 });
    expect(checked.ok && checked.request.povertyStatuses).toEqual(["LIFTED"]);
  });

  it("puts each mistake on its field", () => {
    const checked = toCreateRuleRequest(
      { ...transport, name: "", year: "20x5", minMonths: "", inProvince: "-3", povertyStatuses: [] },
      { needsOrganisation: true },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.fieldErrors).sort()).toEqual(
      ["inProvince", "minMonths", "name", "organisationId", "povertyStatuses", "year"].sort(),
    );
  });

  it("asks for the name when the numbers are right", () => {
    const checked = toCreateRuleRequest({ ...transport, name: " " }, { needsOrganisation: false });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.fieldErrors.name).toBe("请填写名称");
  });

  it("sends the bureau only for a platform account", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const checked = toCreateRuleRequest({ ...transport, organisationId: id }, { needsOrganisation: true });
    expect(checked.ok && checked.request.organisationId).toBe(id);
    const own = toCreateRuleRequest({ ...transport, organisationId: id }, { needsOrganisation: false });
    expect(own.ok && "organisationId" in own.request).toBe(false);
  });
});

describe("form helpers", () => {
  it("shows the amount fields of the kind", () => {
    expect(amountFieldsOf("TRANSPORT")).toEqual(["outOfProvince", "inProvince"]);
    expect(amountFieldsOf("EMPLOYER_RETENTION")).toEqual(["perWorker"]);
  });

  it("reads whole numbers, full-width too", () => {
    expect(readWhole(" 600 ")).toBe(600);
    expect(readWhole("６００")).toBe(600);
    expect(Number.isNaN(readWhole("6.5"))).toBe(true);
    expect(Number.isNaN(readWhole(""))).toBe(true);
  });
});
