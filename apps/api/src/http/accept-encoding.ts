// Which precompressed copy of a file a request may receive, from its Accept-Encoding.

export type StoredEncoding = "br" | "gzip";

/** Our preference when a client takes both equally: brotli files are the smaller ones. */
const PREFERENCE: readonly StoredEncoding[] = ["br", "gzip"];

/**
 * The encodings the client accepts, best first (highest q-value, then brotli before gzip).
 * No header, `identity`, or `br;q=0` leave that encoding out; `*` stands for any encoding
 * not named. An empty list means: send the file as it is.
 */
export function acceptedEncodings(header: string | string[] | undefined): StoredEncoding[] {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  const weights = new Map<string, number>();
  for (const part of value.split(",")) {
    const [rawName, ...params] = part.trim().split(";");
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, raw] = param.trim().split("=");
      if (key?.trim().toLowerCase() === "q") q = Number.parseFloat(raw ?? "");
    }
    weights.set(name, Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : 0);
  }
  const weightOf = (encoding: StoredEncoding) => weights.get(encoding) ?? weights.get("*") ?? 0;
  return PREFERENCE.filter((encoding) => weightOf(encoding) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

/** The file-name suffix of each stored encoding (written by the web build). */
export const ENCODING_SUFFIX: Readonly<Record<StoredEncoding, string>> = { br: ".br", gzip: ".gz" };
