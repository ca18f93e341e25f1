// Test support: the bytes a spreadsheet program on Chinese Windows writes when it saves a CSV.
import iconv from "iconv-lite";

/** Excel's or WPS's "CSV（逗号分隔）" on Chinese Windows: code page 936 (GBK), no byte-order mark. */
export function saveAsGbkCsv(text: string): Buffer {
  return iconv.encode(text.replace(/^\uFEFF/, ""), "gbk");
}

/** Excel's "Unicode 文本": UTF-16 little-endian with a byte-order mark, cells separated by tabs. */
export function saveAsUnicodeText(text: string): Buffer {
  return iconv.encode(text, "utf16le", { addBOM: true });
}
