import { describe, expect, it } from "vitest";
import { buildEmployerAliases, buildEmployerKeywords, splitEmployerName } from "./employer-aliases.ts";

describe("employer aliases", () => {
  it("splits a registered name at its organisation words", () => {
    expect(splitEmployerName("中国重汽集团济南卡车股份有限公司")).toEqual(["中国重汽", "济南卡车"]);
  });

  it.each([
    ["中国重汽集团济南卡车股份有限公司", "重汽"],
    ["济南二机床集团有限公司", "二机床"],
    ["蓝思科技股份有限公司", "蓝思"],
    ["山东钢铁集团有限公司", "山钢"],
    ["齐鲁制药有限公司", "齐鲁制药"],
    ["齐鲁制药有限公司", "齐鲁"],
    ["济南泉城大酒店有限公司", "泉城大酒店"],
    ["衡阳华菱钢管有限公司", "华菱"],
    ["济南康乐养老服务中心", "康乐"],
  ])("%s answers to %s", (name, alias) => {
    expect(buildEmployerAliases(name, null)).toContain(alias);
  });

  it("never makes an alias of a place, a job word or a benefit, which would hijack those queries", () => {
    const aliases = [
      ...buildEmployerAliases("济南速达快递有限公司", null),
      ...buildEmployerAliases("山东鲁安保安服务有限公司", null),
      ...buildEmployerAliases("凤凰古城旅游发展有限公司", null),
      ...buildEmployerAliases("中国重汽集团济南卡车股份有限公司", null),
    ];
    for (const bad of ["快递", "保安", "凤凰", "凤凰古城", "卡车", "济南"]) expect(aliases).not.toContain(bad);
    expect(aliases).toContain("速达");
    expect(aliases).toContain("鲁安");
  });

  it("keeps the employer's own short name first", () => {
    expect(buildEmployerAliases("某某有限公司", "小某")[0]).toBe("小某");
  });

  it("adds the n-grams of the aliases as keywords for partial matches", () => {
    expect(buildEmployerKeywords("济南二机床集团有限公司", null)).toEqual(expect.arrayContaining(["二机床", "二机", "机床"]));
  });
});
