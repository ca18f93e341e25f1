// Works out which text encoding a CSV upload is in and decodes it. County offices save CSV
// from Excel or WPS on Chinese Windows, which writes GBK (GB18030 is its superset), or as
// "CSV UTF-8", with or without a byte-order mark. Anything else is refused with a message
// that tells the clerk how to save the file instead.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { AppError } from "../app-error.ts";

export type TextEncoding = "utf8" | "utf16le" | "utf16be" | "gb18030";

export const SAVE_AS_ADVICE = "请在 Excel 或 WPS 中“另存为” CSV（逗号分隔）或 Excel 工作簿 (.xlsx) 后再上传";

/** A file the import cannot read at all: 400 with the reason and how to save it properly. */
export function unreadableFile(reason: string): AppError {
  const message = `${reason}。${SAVE_AS_ADVICE}`;
  return new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "file"], message }] });
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);

/** A byte-order mark decides; then bytes that are valid UTF-8 are UTF-8; anything else is read as GB18030. */
export function detectEncoding(data: Buffer): TextEncoding {
  if (data.subarray(0, 3).equals(UTF8_BOM)) return "utf8";
  if (data.subarray(0, 2).equals(UTF16LE_BOM)) return "utf16le";
  if (data.subarray(0, 2).equals(UTF16BE_BOM)) return "utf16be";
  if (isUtf8(data)) return "utf8";
  return "gb18030";
}

/** Control characters no spreadsheet writes into a CSV (tab and line breaks excepted), and U+FFFD. */
const ODD_CHARACTERS = /(?![\t\n\r])[\p{Cc}\uFFFD]/gu;

interface Tally {
  characters: number;
  odd: number;
  replaced: number;
}

function countInto(tally: Tally, text: string): void {
  tally.characters += text.length;
  for (const match of text.matchAll(ODD_CHARACTERS)) {
    tally.odd += 1;
    if (match[0] === "\uFFFD") tally.replaced += 1;
  }
}

/**
 * Whether decoded text looks like what a spreadsheet program saves. Bytes the encoding has
 * no character for (decoded as U+FFFD) mean the guess was wrong or the file is damaged;
 * only valid UTF-8 may hold a U+FFFD of its own. A stray NUL in a cell is the row's
 * problem (rejected with its row number), but binary data, an old .xls or UTF-16 without a
 * byte-order mark come out full of control characters.
 */
function isSensibleText(tally: Tally, bytesWereValid: boolean): boolean {
  if (!bytesWereValid && tally.replaced > 0) return false;
  return tally.odd <= 2 || tally.odd * 50 <= tally.characters;
}

/**
 * The file's text in pieces of about `sliceBytes` bytes each, decoded one piece per turn of
 * the event loop so that a 20 MiB upload never holds up other requests for long. The
 * decoder keeps a character split between two pieces whole and drops the byte-order mark.
 */
export async function decodeCsvText(data: Buffer, sliceBytes: number): Promise<{ encoding: TextEncoding; pieces: string[] }> {
  const encoding = detectEncoding(data);
  const decoder = iconv.getDecoder(encoding);
  const tally: Tally = { characters: 0, odd: 0, replaced: 0 };
  const pieces: string[] = [];
  const keep = (text: string | undefined) => {
    if (!text) return;
    countInto(tally, text);
    pieces.push(text);
  };
  for (let start = 0; start < data.length; start += sliceBytes) {
    keep(decoder.write(data.subarray(start, start + sliceBytes)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  keep(decoder.end());
  // A UTF-8 guess without a byte-order mark was made on valid bytes; with one, check them now.
  const bytesWereValid = encoding === "utf8" && isUtf8(data);
  if (!isSensibleText(tally, bytesWereValid)) {
    throw unreadableFile("无法识别这个文件的文字编码，它不是 UTF-8 或 GBK 编码的 CSV 文本");
  }
  return { encoding, pieces };
}
