import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBadgeTokens } from "./badge-token.ts";
import { createFieldCrypto, generateMasterKey } from "./field-crypto.ts";

const tokens = createBadgeTokens(createFieldCrypto(generateMasterKey()));
const uuid = fc.uuid({ version: 4 });

describe("badge tokens", () => {
  it("verify(sign(id)) gives the id back, as a 44-character base64url string", () => {
    fc.assert(
      fc.property(uuid, (id) => {
        const token = tokens.sign(id);
        expect(token).toMatch(/^[A-Za-z0-9_-]{44}$/);
        expect(tokens.verify(token)).toBe(id.toLowerCase());
      }),
    );
  });

  it("carries only a key version, the seeker's UUID and the tag: no personal data", () => {
    const id = "0b7e9d4c-1f2a-4c3b-9d8e-7f6a5b4c3d2e";
    const bytes = Buffer.from(tokens.sign(id), "base64url");
    expect(bytes.length).toBe(33);
    expect(bytes[0]).toBe(1);
    expect(bytes.subarray(1, 17).toString("hex")).toBe(id.replaceAll("-", ""));
  });

  it("rejects any token with one character changed", () => {
    fc.assert(
      fc.property(
        uuid,
        fc.nat(43),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        (id, at, ch) => {
          const token = tokens.sign(id);
          fc.pre(token[at] !== ch);
          const altered = token.slice(0, at) + ch + token.slice(at + 1);
          expect(tokens.verify(altered)).toBeNull();
        },
      ),
    );
  });

  it("rejects tokens signed with another key, truncated, padded or malformed", () => {
    const other = createBadgeTokens(createFieldCrypto(generateMasterKey()));
    const id = "6f1c2a0e-8b7d-4e5f-a1b2-c3d4e5f60718";
    const token = tokens.sign(id);
    expect(other.verify(token)).toBeNull();
    expect(tokens.verify(token.slice(0, 43))).toBeNull();
    expect(tokens.verify(`${token}A`)).toBeNull();
    expect(tokens.verify(`${token.slice(0, 43)}=`)).toBeNull();
    expect(tokens.verify("")).toBeNull();
    expect(tokens.verify("433126198001011234")).toBeNull();
  });

  it("refuses to sign something that is not a UUID", () => {
    expect(() => tokens.sign("433126198001011234")).toThrow(RangeError);
  });
});
