import { describe, expect, it } from "vitest";
import { EMPTY_TRANSFER_FORM, toCreateTransferRequest } from "./transfer-form-model.ts";

const EMPLOYER = "00000000-0000-4000-8000-000000000001";
const ORGANISATION = "00000000-0000-4000-8000-000000000002";
const FILLED = {
  ...EMPTY_TRANSFER_FORM,
  title: " 2025 春季赴济南务工专车 ",
  departsAt: "2025-03-02T07:30",
  transport: "BUS" as const,
  destinationRegionCode: "370100",
};

describe("toCreateTransferRequest", () => {
  it("reads the departure as Beijing time and leaves out what was not chosen", () => {
    expect(toCreateTransferRequest(FILLED, { needsOrganisation: false })).toEqual({
      ok: true,
      request: {
        title: "2025 春季赴济南务工专车",
        departsAt: "2025-03-02T07:30:00+08:00",
        transport: "BUS",
        destinationRegionCode: "370100",
      },
    });
  });

  it("names the employer when one is picked", () => {
    const checked = toCreateTransferRequest({ ...FILLED, employerId: EMPLOYER, transport: "TRAIN" }, { needsOrganisation: false });
    expect(checked.ok && checked.request).toMatchObject({ employerId: EMPLOYER, transport: "TRAIN" });
  });

  it("says in Chinese what is missing", () => {
    const checked = toCreateTransferRequest(EMPTY_TRANSFER_FORM, { needsOrganisation: false });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.fieldErrors.title).toMatch(/请填写名称/);
    expect(checked.fieldErrors.departsAt).toBe("请选择出发时间");
    expect(checked.fieldErrors.destinationRegionCode).toBe("请选择目的地");
    expect(checked.fieldErrors.organisationId).toBeUndefined();
  });

  it("refuses an impossible date and a one-character name", () => {
    const checked = toCreateTransferRequest({ ...FILLED, title: "车", departsAt: "2025-02-30T07:30" }, { needsOrganisation: false });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.fieldErrors).toMatchObject({ title: "名称至少2个字", departsAt: "出发时间不正确" });
  });

  it("asks a platform account for the organising bureau, and sends it", () => {
    const missing = toCreateTransferRequest(FILLED, { needsOrganisation: true });
    expect(!missing.ok && missing.fieldErrors.organisationId).toBe("请选择组织输出的机构");
    const given = toCreateTransferRequest({ ...FILLED, organisationId: ORGANISATION }, { needsOrganisation: true });
    expect(given.ok && given.request.organisationId).toBe(ORGANISATION);
    // A bureau account's own choice is never sent (the API takes its bureau).
    const bureau = toCreateTransferRequest({ ...FILLED, organisationId: ORGANISATION }, { needsOrganisation: false });
    expect(bureau.ok && "organisationId" in bureau.request).toBe(false);
  });
});
