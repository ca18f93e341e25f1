import { describe, expect, it } from "vitest";
import { mergeCountyCells } from "./ledger-cells.ts";

const row = (regionCode: string, township: string, workers: number, outOfProvince = 0) => ({
  regionCode,
  township,
  workers,
  outOfProvince,
  inProvince: 0,
  inCounty: 0,
  notEmployed: workers - outOfProvince,
});

describe("mergeCountyCells", () => {
  it("keeps the cells' order and adds a township met again to its first row, without changing the cells", () => {
    const jishou = [row("433101", "峒河街道", 2, 1)];
    const guzhang = [row("433126", "古阳镇", 3, 2), row("433101", "峒河街道", 1, 1)];
    expect(mergeCountyCells([jishou, guzhang])).toEqual([row("433101", "峒河街道", 3, 2), row("433126", "古阳镇", 3, 2)]);
    expect(jishou[0]).toEqual(row("433101", "峒河街道", 2, 1));
    expect(mergeCountyCells([])).toEqual([]);
  });
});
