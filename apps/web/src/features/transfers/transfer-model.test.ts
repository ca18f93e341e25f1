import type { TransferMember } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  canRunTransfer,
  countMembers,
  describeAdded,
  describeDeparture,
  describeDestination,
  describeHome,
  describeReason,
  findMember,
  getMemberActions,
  getSelectAllState,
  manifestUrl,
  pickFacts,
  sortMembers,
  splitIntoBatches,
  toggleAll,
  toggleSelected,
} from "./transfer-model.ts";

const ID = "00000000-0000-4000-8000-0000000000aa";

function member(seekerId: string, name: string, state: TransferMember["state"], extra: Partial<TransferMember> = {}): TransferMember {
  return {
    seekerId,
    state,
    boardedAt: null,
    arrivedOn: null,
    exceptionReason: null,
    note: null,
    seeker: {
      id: seekerId,
      name,
      idNumberMasked: "4331**********1234",
      phoneMasked: "138****0000",
      gender: "MALE",
      age: 30,
      povertyStatus: null,
      township: "古阳镇",
      village: null,
    },
    ...extra,
  };
}

describe("transfer figures and words", () => {
  it("counts everyone on the list once", () => {
    expect(countMembers({ listed: 3, boarded: 4, arrived: 2, noShow: 1, exceptions: 1 })).toBe(11);
  });

  it("names the destination by region, with the employer when there is one", () => {
    expect(describeDestination({ destinationRegionCode: "370100", employerName: null })).toBe("山东省 济南市");
    expect(describeDestination({ destinationRegionCode: "370100", employerName: "济南某电子厂" })).toBe("山东省 济南市 · 济南某电子厂");
  });

  it("says where a person is from, and why an exception was recorded", () => {
    expect(describeHome({ township: "古阳镇", village: "白竹村" })).toBe("古阳镇 · 白竹村");
    expect(describeHome({ township: null, village: null })).toBe("—");
    expect(describeReason({ state: "EXCEPTION", exceptionReason: "LEFT_EN_ROUTE", note: "家中有事" })).toBe("途中离队：家中有事");
    expect(describeReason({ state: "BOARDED", exceptionReason: null, note: null })).toBe("");
  });

  it("warns before departure how many become no-shows", () => {
    expect(describeDeparture({ listed: 2, boarded: 5, arrived: 0, noShow: 0, exceptions: 0 })).toMatch(/还有 2 人没有上车.*未到场/);
    expect(describeDeparture({ listed: 0, boarded: 5, arrived: 0, noShow: 0, exceptions: 0 })).toMatch(/都已上车/);
  });

  it("links the manifest by the transfer's id only", () => {
    expect(manifestUrl(ID, "csv")).toBe(`/api/transfers/${ID}/manifest?format=csv`);
    expect(manifestUrl(ID, "xlsx")).toBe(`/api/transfers/${ID}/manifest?format=xlsx`);
  });

  it("words a bulk add", () => {
    expect(describeAdded({ added: 3, duplicates: 0 })).toBe("已添加 3 人");
    expect(describeAdded({ added: 1, duplicates: 2 })).toBe("已添加 1 人，2 人已在名单上");
  });
});

describe("members", () => {
  it("offers arrival to boarded people once the transfer has left, and an exception to anyone without one", () => {
    expect(getMemberActions({ status: "PLANNED" }, { state: "BOARDED" })).toEqual({ canConfirmArrival: false, canReportException: true });
    expect(getMemberActions({ status: "DEPARTED" }, { state: "BOARDED" })).toEqual({ canConfirmArrival: true, canReportException: true });
    expect(getMemberActions({ status: "DEPARTED" }, { state: "NO_SHOW" })).toEqual({ canConfirmArrival: false, canReportException: true });
    expect(getMemberActions({ status: "DEPARTED" }, { state: "EXCEPTION" })).toEqual({
      canConfirmArrival: false,
      canReportException: false,
    });
  });

  it("lists the people still waiting first, then by name", () => {
    const sorted = sortMembers([member("a", "田大勇", "BOARDED"), member("b", "向金花", "LISTED"), member("c", "彭小燕", "LISTED")]);
    expect(sorted.map((m) => m.seekerId)).toEqual(["c", "b", "a"]);
  });

  it("finds the member a boarding names", () => {
    const transfer = { members: [member("a", "田大勇", "BOARDED")] };
    expect(findMember(transfer, "a")?.seeker.name).toBe("田大勇");
    expect(findMember(transfer, "z")).toBeNull();
    expect(findMember(null, "a")).toBeNull();
  });
});

describe("canRunTransfer", () => {
  const organisations = [
    { id: "guzhang", regionCode: "433126" },
    { id: "xiangxi", regionCode: "433100" },
    { id: "jinan", regionCode: "370100" },
  ];
  it("lets the exporting side and the platform run it", () => {
    expect(canRunTransfer({ organisationId: null }, { organisationId: "guzhang" }, organisations)).toBe(true);
    expect(canRunTransfer({ organisationId: "guzhang" }, { organisationId: "guzhang" }, null)).toBe(true);
    expect(canRunTransfer({ organisationId: "xiangxi" }, { organisationId: "guzhang" }, organisations)).toBe(true);
  });
  it("keeps the destination side to reading and arrivals", () => {
    expect(canRunTransfer({ organisationId: "jinan" }, { organisationId: "guzhang" }, organisations)).toBe(false);
    // Not known yet: the API decides.
    expect(canRunTransfer({ organisationId: "jinan" }, { organisationId: "guzhang" }, null)).toBe(true);
  });
});

describe("picking candidates", () => {
  it("toggles one, and all or none", () => {
    expect([...toggleSelected(new Set(["a"]), "b")].sort()).toEqual(["a", "b"]);
    expect([...toggleSelected(new Set(["a"]), "a")]).toEqual([]);
    expect([...toggleAll(new Set(["a"]), ["a", "b"])].sort()).toEqual(["a", "b"]);
    expect([...toggleAll(new Set(["a", "b"]), ["a", "b"])]).toEqual([]);
    expect([...toggleAll(new Set(), [])]).toEqual([]);
  });

  it("says whether none, some or all are picked, ignoring ids no longer listed", () => {
    expect(getSelectAllState(new Set(), ["a", "b"])).toBe("none");
    expect(getSelectAllState(new Set(["a", "gone"]), ["a", "b"])).toBe("some");
    expect(getSelectAllState(new Set(["a", "b"]), ["a", "b"])).toBe("all");
  });

  it("sends large picks in batches the API takes", () => {
    expect(splitIntoBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitIntoBatches([], 500)).toEqual([]);
  });
});

describe("pickFacts", () => {
  it("keeps the transfer's facts for an offline start, never its people", () => {
    const transfer = {
      id: ID,
      title: "赴济南专车",
      status: "PLANNED" as const,
      organisationId: ID,
      departsAt: "2025-03-02T00:00:00.000Z",
      departedAt: null,
      transport: "BUS" as const,
      destinationRegionCode: "370100",
      employerId: null,
      employerName: null,
      counts: { listed: 1, boarded: 0, arrived: 0, noShow: 0, exceptions: 0 },
      createdAt: "2025-03-01T00:00:00.000Z",
      members: [member("a", "田大勇", "LISTED")],
    };
    const facts = pickFacts(transfer);
    expect(Object.keys(facts).sort()).toEqual(
      ["counts", "departedAt", "departsAt", "destinationRegionCode", "employerName", "id", "status", "title", "transport"].sort(),
    );
    expect(JSON.stringify(facts)).not.toContain("田大勇");
  });
});
