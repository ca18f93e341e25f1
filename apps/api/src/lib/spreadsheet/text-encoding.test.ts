import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveAsGbkCsv } from "./testing/spreadsheet-save.ts";
import { decodeCsvText, detectEncoding } from "./text-encoding.ts";

const SAMPLE = "户编号,乡镇,村,家庭类别\r\n433126-0001,古阳镇,坪坝村,脱贫户\r\n";
const decode = async (data: Buffer) => (await decodeCsvText(data, 7)).pieces.join("");

describe("detectEncoding", () => {
  it("takes a byte-order mark first, then valid UTF-8, and reads anything else as GB18030", () => {
    expect(detectEncoding(Buffer.from(`\uFEFF${SAMPLE}`))).toBe("utf8");
    expect(detectEncoding(Buffer.from(SAMPLE))).toBe("utf8");
    expect(detectEncoding(Buffer.from(`\uFEFF${SAMPLE}`, "utf16le"))).toBe("utf16le");
    expect(detectEncoding(saveAsGbkCsv(SAMPLE))).toBe("gb18030");
  });
});

describe("decodeCsvText", () => {
  it("decodes GBK and UTF-8 alike, a character split between slices included, without the byte-order mark", async () => {
    expect(await decode(saveAsGbkCsv(SAMPLE))).toBe(SAMPLE);
    expect(await decode(Buffer.from(`\uFEFF${SAMPLE}`))).toBe(SAMPLE);
    expect(await decode(Buffer.from(SAMPLE))).toBe(SAMPLE);
  });

  it("lets a stray NUL through for the row check, but refuses binary data and UTF-16 without a byte-order mark", async () => {
    expect(await decode(Buffer.from(`${SAMPLE}433126-0002,古阳镇,坪坝\u0000村,一般户\r\n`))).toContain("\u0000");
    const unreadable = /无法识别这个文件的文字编码.*另存为/;
    await expect(decode(crypto.randomBytes(4096))).rejects.toThrow(unreadable);
    await expect(decode(Buffer.from(SAMPLE, "utf16le"))).rejects.toThrow(unreadable);
    // A byte GB18030 has no character for means the file is not GBK either.
    await expect(decode(Buffer.concat([saveAsGbkCsv(SAMPLE), Buffer.from([0xff])]))).rejects.toThrow(unreadable);
    // Nor is a file that starts like UTF-8 and goes on in GBK (two files pasted together).
    await expect(decode(Buffer.concat([Buffer.from(`\uFEFF${SAMPLE}`), saveAsGbkCsv(SAMPLE)]))).rejects.toThrow(unreadable);
  });
});
