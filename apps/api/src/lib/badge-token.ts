// QR badge tokens: opaque, signed, and free of personal data. Layout before base64url:
//   [1 byte key version][16 bytes seeker UUID][16 bytes HMAC-SHA-256 tag, truncated]
// 33 bytes → 44 base64url characters, small enough for a low-density QR code that cheap
// phone cameras read in poor light. The tag key is derived from DATA_ENCRYPTION_KEY for
// this purpose only, so a badge can never be confused with any other signature.
import crypto from "node:crypto";
import type { FieldCrypto } from "./field-crypto.ts";

const KEY_VERSION = 1;
const UUID_BYTES = 16;
const TAG_BYTES = 16;
const TOKEN_BYTES = 1 + UUID_BYTES + TAG_BYTES;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BadgeTokens {
  sign(seekerId: string): string;
  /** The seeker id inside a genuine token, or null for anything forged, altered or malformed. */
  verify(token: string): string | null;
}

function uuidToBytes(uuid: string): Buffer {
  if (!UUID_PATTERN.test(uuid)) throw new RangeError("badge tokens carry a UUID");
  return Buffer.from(uuid.replaceAll("-", ""), "hex");
}

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function createBadgeTokens(fieldCrypto: FieldCrypto): BadgeTokens {
  const tagOf = (body: Buffer) => fieldCrypto.sign(`badge-token:v${KEY_VERSION}`, body).subarray(0, TAG_BYTES);

  return {
    sign(seekerId) {
      const body = Buffer.concat([Buffer.from([KEY_VERSION]), uuidToBytes(seekerId)]);
      return Buffer.concat([body, tagOf(body)]).toString("base64url");
    },
    verify(token) {
      if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
      const bytes = Buffer.from(token, "base64url");
      if (bytes.length !== TOKEN_BYTES || bytes[0] !== KEY_VERSION) return null;
      // Re-encoding catches non-canonical spellings of the same bytes.
      if (bytes.toString("base64url") !== token) return null;
      const body = bytes.subarray(0, 1 + UUID_BYTES);
      // Constant time, so a forger learns nothing from response timing.
      if (!crypto.timingSafeEqual(tagOf(body), bytes.subarray(1 + UUID_BYTES))) return null;
      return bytesToUuid(bytes.subarray(1, 1 + UUID_BYTES));
    },
  };
}
