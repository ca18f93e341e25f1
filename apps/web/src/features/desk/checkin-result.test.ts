import { describe, expect, it } from "vitest";
import { describeRefusal, maskName } from "./checkin-result.ts";

describe("maskName", () => {
  it("shows the family name and hides the rest", () => {
    expect(maskName("向金花")).toBe("向*花");
    expect(maskName("田英")).toBe("田*");
    expect(maskName("欧阳小燕")).toBe("欧**燕");
    expect(maskName(" 李 ")).toBe("李");
  });
});

describe("describeRefusal", () => {
  it("explains why the server refused", () => {
    expect(describeRefusal("FAIR_NOT_OPEN")).toBe("这场招聘会现在不在进行中，不能签到");
    expect(describeRefusal("CONFLICT")).toBe("与已有记录冲突，请检查后重试");
  });
});
