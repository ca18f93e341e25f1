// A short fingerprint of a search document's content. Each document carries it as
// `sourceHash`, so a reconciliation can compare the live index with documents built from
// the database without fetching whole documents (GET documents returns just id + hash).
import crypto from "node:crypto";

export function sourceHashOf(document: object): string {
  return crypto.createHash("sha256").update(JSON.stringify(document)).digest("base64url").slice(0, 22);
}

/** The document with its fingerprint added (computed over every other field). */
export function withSourceHash<D extends object>(document: D): D & { sourceHash: string } {
  return { ...document, sourceHash: sourceHashOf(document) };
}
