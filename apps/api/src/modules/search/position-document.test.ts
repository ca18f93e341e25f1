import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISPLAYED_ATTRIBUTES } from "./index-settings.ts";
import { familyToken } from "./job-families.ts";
import { buildPositionDocument, scrubPersonalNumbers } from "./position-document.ts";
import type { PositionForIndex } from "./position-index.types.ts";

function position(overrides: Partial<PositionForIndex> = {}): PositionForIndex {
  return {
    id: "7d0f5f0e-9a51-4d43-9c55-0a3a5e3b1a01",
    title: "氩弧焊工",
    description: "负责车间钢结构焊接作业，持焊工证优先。",
    tags: ["焊接"],
    openings: 5,
    wageMin: 6600,
    wageMax: 9600,
    city: "济南市",
    foodProvided: true,
    lodgingProvided: false,
    ageMin: 18,
    ageMax: 50,
    gender: "ANY",
    status: "OPEN",
    updatedAt: new Date("2026-05-01T00:00:00Z"),
    employer: { id: "0b8f7b2e-1c1d-4e0c-8f0e-2b9a5c1d3e4f", name: "山东钢铁集团有限公司", shortName: null, kind: "SOE", city: "济南" },
    fairIds: ["5b7e3c1a-2d4f-4a6b-8c9d-0e1f2a3b4c5d"],
    ...overrides,
  };
}

describe("buildPositionDocument", () => {
  it("carries the public facts and the derived search fields", () => {
    const doc = buildPositionDocument(position());
    expect(doc).toMatchObject({
      id: position().id,
      title: "氩弧焊工",
      employerName: "山东钢铁集团有限公司",
      employerKind: "SOE",
      city: "济南市",
      cityKey: "济南",
      wageMin: 6600,
      wageMax: 9600,
      foodProvided: true,
      lodgingProvided: false,
      fairIds: position().fairIds,
      status: "OPEN",
      familyPrimary: familyToken("weld"),
      familyKeys: ["weld"],
    });
    expect(doc.titleGrams.split(" ")).toContain("焊工");
    expect(doc.employerAliases).toContain("山钢");
    expect(doc.pinyin.split(" ")).toEqual(["yahuhangong", "yhhg", "jinan", "jn"]);
  });

  it("has every attribute the API returns", () => {
    const doc = buildPositionDocument(position());
    for (const attribute of DISPLAYED_ATTRIBUTES) expect(doc).toHaveProperty(attribute);
  });

  it("places a title without a dictionary word by its description", () => {
    const doc = buildPositionDocument(position({ title: "季节工", tags: [], description: "茶园管护与采摘" }));
    expect(doc.familyKeys).toContain("tea");
    expect(doc.familyPrimary).toBe("");
  });

  it("blanks phone and ID numbers an employer typed into free text", () => {
    const doc = buildPositionDocument(
      position({
        title: "普工 电话13812345678",
        description: "联系王经理 13912345678 或 0531-88886666，身份证433126199001011234 复印件",
        tags: ["18612345678"],
      }),
    );
    const text = JSON.stringify(doc);
    for (const secret of ["13812345678", "13912345678", "0531-88886666", "433126199001011234", "18612345678"])
      expect(text).not.toContain(secret);
  });

  it("never lets a mobile number through, wherever it sits in the text", () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^1[3-9]\d{9}$/), fc.string(), (before, phone, after) => {
        // Digits around the number would make it a longer number, not a phone number.
        fc.pre(!/\d$/.test(before) && !/^\d/.test(after));
        expect(scrubPersonalNumbers(`${before}${phone}${after}`)).not.toContain(phone);
      }),
    );
  });

  it("holds only known fields: nothing about people can ride along", () => {
    const doc = buildPositionDocument({ ...position(), ...({ seekerPhone: "13812345678", idNumber: "433126199001011234" } as object) });
    expect(Object.keys(doc).sort()).toEqual(
      [
        "id",
        "title",
        "description",
        "tags",
        "employerId",
        "employerName",
        "employerKind",
        "employerKeywords",
        "employerAliases",
        "city",
        "cityKey",
        "wageMin",
        "wageMax",
        "openings",
        "foodProvided",
        "lodgingProvided",
        "ageMin",
        "ageMax",
        "gender",
        "fairIds",
        "status",
        "updatedAt",
        "titleGrams",
        "familyPrimary",
        "familyAll",
        "familyKeys",
        "pinyin",
        "indexVersion",
        "sourceHash",
      ].sort(),
    );
  });
});
