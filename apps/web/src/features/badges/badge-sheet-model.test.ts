import { describe, expect, it } from "vitest";
import { getBadgeSheetPath, readBadgeIds, splitIntoPages } from "./badge-sheet-model.ts";

const A = "6f1c1c1e-3b1a-4d6a-9a51-2f8a3c1d9e10";
const B = "0b5e9a2c-8d7f-4e61-b3a4-1c2d3e4f5a6b";

describe("readBadgeIds", () => {
  it("keeps valid ids once, in order", () => {
    expect(readBadgeIds(`?ids=${B},${A},${B}`)).toEqual({ ids: [B, A], ignored: 1 });
  });

  it("drops anything that is not a seeker id", () => {
    expect(readBadgeIds("?ids=433126199001011234,,abc")).toEqual({ ids: [], ignored: 2 });
    expect(readBadgeIds("")).toEqual({ ids: [], ignored: 0 });
  });

  it("round-trips through the sheet path", () => {
    const path = getBadgeSheetPath([A, B]);
    expect(readBadgeIds(path.slice(path.indexOf("?"))).ids).toEqual([A, B]);
  });
});

describe("splitIntoPages", () => {
  it("fills pages of eight", () => {
    const pages = splitIntoPages(Array.from({ length: 17 }, (_, i) => i));
    expect(pages.map((page) => page.length)).toEqual([8, 8, 1]);
    expect(splitIntoPages([])).toEqual([]);
  });
});
