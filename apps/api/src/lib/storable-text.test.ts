import { describe, expect, it } from "vitest";
import { describeUnstorableText, findUnstorableText } from "./storable-text.ts";

describe("storable text", () => {
  it("refuses U+0000 and lone surrogates, and accepts any well-formed text, astral characters included", () => {
    expect(describeUnstorableText("a\u0000b")).toBe("不能包含空字符");
    expect(describeUnstorableText("\uD800")).toMatch(/代理项/);
    expect(describeUnstorableText("x\uDC00")).toMatch(/代理项/);
    expect(describeUnstorableText("𠀀 张三 <script>'); DROP TABLE seekers;--")).toBeNull();
  });

  it("names the path of the first string or key that cannot be stored, and null when there is none", () => {
    expect(findUnstorableText({ name: "张三", tags: ["a", "b\u0000"] })).toEqual({ path: ["tags", 1], message: "不能包含空字符" });
    expect(findUnstorableText({ nested: { "k\uD800": 1 } })?.path).toEqual(["nested", "k\uD800"]);
    expect(findUnstorableText("\u0000")?.path).toEqual([]);
    expect(findUnstorableText({ name: "张三", n: 1, ok: true, none: null, at: new Date(0) })).toBeNull();
  });

  it("walks very deep input without exhausting the stack", () => {
    let deep: unknown = "x\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableText(deep)?.path).toHaveLength(200_000);
  });
});
