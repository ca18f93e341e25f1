// The text of every file in a ZIP archive (an XLSX is one), so a scan can read the cells.
import zlib from "node:zlib";

const LOCAL_HEADER = 0x04034b50;

/** Concatenated entries (stored or deflated); anything unreadable is returned as latin1 bytes. */
export function readZipText(zip: Buffer): string {
  const parts: string[] = [];
  let at = 0;
  while (at + 30 <= zip.length && zip.readUInt32LE(at) === LOCAL_HEADER) {
    const flags = zip.readUInt16LE(at + 6);
    const method = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const start = at + 30 + nameLength + extraLength;
    // Sizes may follow the data (flag bit 3); then find the next header instead.
    let size = zip.readUInt32LE(at + 18);
    if (flags & 0x08 || size === 0) {
      const next = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), start);
      const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), start);
      const end = [next, central].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? zip.length;
      size = end - start;
    }
    const data = zip.subarray(start, start + size);
    try {
      parts.push((method === 8 ? zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH }) : data).toString("utf8"));
    } catch {
      parts.push(data.toString("latin1"));
    }
    at = start + size;
  }
  return parts.length > 0 ? parts.join("\n") : zip.toString("latin1");
}
