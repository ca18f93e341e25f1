import type { SubsidyEntry } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import {
  describeAmounts,
  describeMySubsidy,
  entryDisplayName,
  maskName,
  rosterActions,
  summariseRoster,
  toNoticeRows,
  totalsByCategory,
  totalsByPovertyStatus,
  totalsByTownship,
  totalsByVillage,
} from "./subsidy-model.ts";

let counter = 0;
function entry(overrides: Partial<SubsidyEntry> = {}): SubsidyEntry {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    seekerId: "00000000-0000-4000-8000-aaaaaaaaaaaa",
    employerId: null,
    amount: 600,
    placementIds: [],
    name: "张*三",
    township: "城关镇",
    village: "河东村",
    povertyStatus: "REGISTERED_POOR",
    withdrawnAt: null,
    withdrawReason: null,
    paidOn: null,
    paymentReference: null,
    ...overrides,
  };
}

describe("maskName", () => {
  it("hides the middle of a name and keeps a two-character surname", () => {
    expect(maskName("张小三")).toBe("张*三");
    expect(maskName("李四")).toBe("李*");
    expect(maskName("欧阳小华")).toBe("欧**华");
    expect(maskName("王")).toBe("王");
  });

  it("never lets digits through", () => {
    expect(maskName("张小三13800138000")).toBe("张*三");
    expect(maskName("张三13800138000")).toBe("张*");
    expect(maskName("123")).toBe("—");
  });
});

describe("entryDisplayName", () => {
  it("trusts a masked name and masks one that is not", () => {
    expect(entryDisplayName({ employerId: null, name: "张*三" })).toBe("张*三");
    expect(entryDisplayName({ employerId: null, name: "张小三" })).toBe("张*三");
    expect(entryDisplayName({ employerId: null, name: "张*3" })).toBe("张*");
  });

  it("names an employer in full", () => {
    expect(entryDisplayName({ employerId: "e", name: "湘西制衣有限公司" })).toBe("湘西制衣有限公司");
  });
});

describe("roster totals", () => {
  const entries = [
    entry({ township: "城关镇", amount: 600 }),
    entry({ township: "城关镇", amount: 300, paidOn: "2025-12-01", paymentReference: "A1" }),
    entry({ township: "矮寨镇", village: "德夯村", amount: 600 }),
    entry({ township: null, village: null, amount: 300, povertyStatus: "LIFTED" }),
    entry({ township: "矮寨镇", amount: 600, withdrawnAt: "2025-12-01T00:00:00.000Z", withdrawReason: "未在外务工" }),
  ];

  it("sums by township, largest first, the unnamed last, withdrawn left out", () => {
    expect(totalsByTownship(entries)).toEqual([
      { label: "城关镇", count: 2, amount: 900 },
      { label: "矮寨镇", count: 1, amount: 600 },
      { label: "未注明", count: 1, amount: 300 },
    ]);
  });

  it("sums by village within its township", () => {
    expect(totalsByVillage(entries).map((group) => group.label)).toEqual(["城关镇 河东村", "矮寨镇 德夯村", "未注明"]);
  });

  it("tells 省外 from 省内县外 by the rule's amounts, when it can", () => {
    expect(totalsByCategory(entries, { outOfProvince: 600, inProvince: 300 })).toEqual([
      { label: "省外务工", count: 2, amount: 1200 },
      { label: "省内县外务工", count: 2, amount: 600 },
    ]);
    expect(totalsByCategory(entries, { outOfProvince: 500, inProvince: 500 })).toBeNull();
    expect(totalsByCategory(entries, { perWorker: 1000 })).toBeNull();
    expect(totalsByCategory(entries, null)).toBeNull();
  });

  it("sums by household category in the staff's words, withdrawn left out", () => {
    expect(
      totalsByPovertyStatus([
        ...entries,
        entry({ employerId: "00000000-0000-4000-8000-bbbbbbbbbbbb", seekerId: null, povertyStatus: null, amount: 100 }),
      ]),
    ).toEqual([
      { label: "建档立卡户", count: 3, amount: 1500 },
      { label: "脱贫户", count: 1, amount: 300 },
      { label: "未注明", count: 1, amount: 100 },
    ]);
  });

  it("counts what is owed and what is paid", () => {
    expect(summariseRoster(entries)).toEqual({ count: 4, amount: 1800, paidCount: 1, paidAmount: 300 });
    expect(summariseRoster([])).toEqual({ count: 0, amount: 0, paidCount: 0, paidAmount: 0 });
  });
});

describe("the public notice", () => {
  it("prints masked names, places and amounts, never a number in a text field, withdrawn left out", () => {
    const rows = toNoticeRows([
      entry({ name: "张小三", village: "河东村", amount: 1200 }),
      entry({ name: "李*", village: "13800138000" }),
      entry({ withdrawnAt: "2025-12-01T00:00:00.000Z" }),
    ]);
    expect(rows.map(({ key: _key, ...row }) => row)).toEqual([
      { name: "张*三", township: "城关镇", village: "河东村", amount: "1,200" },
      { name: "李*", township: "城关镇", village: "—", amount: "600" },
    ]);
  });
});

describe("words", () => {
  it("describes amounts by kind", () => {
    expect(describeAmounts({ outOfProvince: 600, inProvince: 300 })).toBe("省外务工 600 元 · 省内县外 300 元");
    expect(describeAmounts({ perWorker: 1000 })).toBe("每吸纳 1 人 1,000 元");
  });

  it("tells the seeker what was paid", () => {
    expect(describeMySubsidy({ kind: "TRANSPORT", amount: 600, paidOn: "2025-12-01", rosterStatus: "APPROVED" })).toBe(
      "已发放 交通补贴 600 元",
    );
    expect(describeMySubsidy({ kind: "TRANSPORT", amount: 600, paidOn: null, rosterStatus: "PUBLISHED" })).toBe("公示中 交通补贴 600 元");
    expect(describeMySubsidy({ kind: "TRANSPORT", amount: 300, paidOn: null, rosterStatus: "APPROVED" })).toBe("待发放 交通补贴 300 元");
  });

  it("offers each action only in its state", () => {
    expect(rosterActions("DRAFT")).toEqual({ canPublish: true, canApprove: false, canWithdraw: true, canPay: false });
    expect(rosterActions("PUBLISHED")).toEqual({ canPublish: false, canApprove: true, canWithdraw: true, canPay: false });
    expect(rosterActions("APPROVED")).toEqual({ canPublish: false, canApprove: false, canWithdraw: false, canPay: true });
  });
});
