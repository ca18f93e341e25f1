// Field-level protection for personal data (ID and phone numbers): AES-256-GCM
// ciphertext at rest plus an HMAC-SHA-256 "blind index" for lookup and uniqueness.
// Both keys are derived from one master key with HKDF so they can never coincide.
import crypto from "node:crypto";

const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface FieldCrypto {
  encrypt(plain: string): Uint8Array<ArrayBuffer>;
  decrypt(sealed: Uint8Array): string;
  /** Deterministic keyed hash: equal inputs give equal hashes, without revealing them. */
  hash(plain: string): string;
  /** HMAC-SHA-256 of `data` under a key derived for `purpose` alone (tokens, signatures). */
  sign(purpose: string, data: Uint8Array): Buffer;
}

function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", master, Buffer.alloc(0), `xiezuo:${purpose}`, 32));
}

/** `masterKey` is 32 bytes, base64-encoded (as in the DATA_ENCRYPTION_KEY env var). */
export function createFieldCrypto(masterKey: string): FieldCrypto {
  const master = Buffer.from(masterKey, "base64");
  if (master.length !== 32) throw new Error("DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  const encKey = deriveKey(master, "field-encryption");
  const hashKey = deriveKey(master, "blind-index");
  const signingKeys = new Map<string, Buffer>();
  const signingKey = (purpose: string) => {
    let key = signingKeys.get(purpose);
    if (!key) {
      key = deriveKey(master, `sign:${purpose}`);
      signingKeys.set(purpose, key);
    }
    return key;
  };

  return {
    encrypt(plain) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv("aes-256-gcm", encKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const sealed = Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), body]);
      return new Uint8Array(sealed);
    },
    decrypt(sealed) {
      const buf = Buffer.from(sealed);
      if (buf[0] !== FORMAT_VERSION) throw new Error("Unknown ciphertext format");
      const iv = buf.subarray(1, 1 + IV_BYTES);
      const tag = buf.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = crypto.createDecipheriv("aes-256-gcm", encKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(buf.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    },
    hash(plain) {
      return crypto.createHmac("sha256", hashKey).update(plain, "utf8").digest("base64url");
    },
    sign(purpose, data) {
      return crypto.createHmac("sha256", signingKey(purpose)).update(data).digest();
    },
  };
}

export function generateMasterKey(): string {
  return crypto.randomBytes(32).toString("base64");
}
