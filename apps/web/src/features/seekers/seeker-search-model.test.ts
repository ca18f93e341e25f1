import { computeIdNumberCheckChar } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { interpretSeekerSearch } from "./seeker-search-model.ts";

const FIRST17 = "43312619880315002";
const VALID_ID = `${FIRST17}${computeIdNumberCheckChar(FIRST17)}`;

describe("interpretSeekerSearch", () => {
  it("searches names through the list", () => {
    expect(interpretSeekerSearch(" 向金花 ")).toEqual({ kind: "name", q: "向金花" });
    expect(interpretSeekerSearch("")).toEqual({ kind: "name", q: "" });
  });

  it("looks a full ID number up by POST", () => {
    expect(interpretSeekerSearch(VALID_ID.toLowerCase())).toEqual({ kind: "id-number", idNumber: VALID_ID });
  });

  it("never lets other digits through to a URL", () => {
    expect(interpretSeekerSearch("13807431234")).toMatchObject({ kind: "invalid" });
    expect(interpretSeekerSearch("4331261988")).toMatchObject({ kind: "invalid" });
    expect(interpretSeekerSearch("张3")).toMatchObject({ kind: "invalid" });
    expect(interpretSeekerSearch(`${FIRST17}0`.replace(/.$/, computeIdNumberCheckChar(FIRST17) === "0" ? "1" : "0"))).toEqual({
      kind: "invalid",
      reason: "身份证号有误：校验码不正确",
    });
  });
});
