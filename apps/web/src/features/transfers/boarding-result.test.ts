import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../lib/api-client.ts";
import { BOARDING_FEEDBACK, describeBoardingRefusal, describeBoardingResult, refusalResult, toBoardingPerson } from "./boarding-result.ts";

const AT = "2025-03-02T00:00:00.000Z";
const apiError = (status: number, code: ConstructorParameters<typeof ApiRequestError>[0]["code"]) =>
  new ApiRequestError({ status, code, message: "服务器的话" });

describe("refusalResult", () => {
  it("makes NOT_ON_MANIFEST its own loud answer", () => {
    const result = refusalResult(apiError(409, "NOT_ON_MANIFEST"), AT);
    expect(result).toEqual({ kind: "not-on-manifest", at: AT });
    expect(describeBoardingResult(result).title).toBe("不在名单上");
    expect(BOARDING_FEEDBACK[result.kind]).toBe("error");
  });

  it("reads CONFLICT as a transfer that has left, unless the transfer is known to be still waiting", () => {
    const result = refusalResult(apiError(409, "CONFLICT"), AT, true);
    expect(result).toEqual({ kind: "departed", at: AT });
    expect(describeBoardingResult(result).title).toBe("已发车");
    expect(refusalResult(apiError(409, "CONFLICT"), AT, null).kind).toBe("departed");
    expect(refusalResult(apiError(409, "CONFLICT"), AT, false)).toMatchObject({ kind: "error", title: "不能登记上车" });
  });

  it("explains other refusals in words for the door", () => {
    expect(refusalResult(apiError(404, "NOT_FOUND"), AT)).toMatchObject({ kind: "error", reason: expect.stringContaining("没有找到") });
    expect(refusalResult(apiError(400, "VALIDATION_FAILED"), AT)).toMatchObject({ kind: "error", reason: "二维码或身份证号无效" });
    expect(refusalResult(apiError(500, "INTERNAL"), AT)).toMatchObject({ kind: "error", reason: "服务器的话" });
    expect(refusalResult(new TypeError("boom"), AT)).toMatchObject({ kind: "error", title: "上车登记失败" });
  });
});

describe("describeBoardingResult", () => {
  it("words each answer", () => {
    expect(describeBoardingResult({ kind: "boarded", seekerId: "s", at: AT }).title).toBe("上车");
    expect(describeBoardingResult({ kind: "duplicate", seekerId: "s", at: AT }).title).toBe("已上车");
    expect(describeBoardingResult({ kind: "queued", tokenSuffix: "…abcdef", isNew: true, at: AT })).toEqual({
      title: "已离线暂存",
      detail: "胸牌 …abcdef，联网后自动上传，每人只算一次",
    });
    expect(describeBoardingResult({ kind: "queued", tokenSuffix: "…abcdef", isNew: false, at: AT }).title).toBe("已在暂存队列中");
  });

  it("words refused queued scans by their error code", () => {
    expect(describeBoardingRefusal("NOT_ON_MANIFEST")).toMatch(/不在本次输出名单上/);
    expect(describeBoardingRefusal("CONFLICT")).toMatch(/已经发车/);
    expect(describeBoardingRefusal("SOMETHING_NEW")).toBe("上车登记未成功");
  });
});

describe("toBoardingPerson", () => {
  it("masks the name for bystanders and says where the person is from", () => {
    const seeker = {
      id: "s",
      name: "向金花",
      idNumberMasked: "4331**********1234",
      phoneMasked: "138****0000",
      gender: "FEMALE" as const,
      age: 30,
      povertyStatus: null,
      township: "古阳镇",
      village: "白竹村",
    };
    expect(toBoardingPerson({ seeker })).toEqual({ maskedName: "向*花", idNumberMasked: "4331**********1234", home: "古阳镇 · 白竹村" });
  });
});
