// The one place where raw ID and phone numbers become stored columns.
import { maskIdNumber, maskPhone } from "@xiezuo/contracts";
import type { FieldCrypto } from "./field-crypto.ts";

export interface SealedIdentity {
  idNumberCipher: Uint8Array<ArrayBuffer>;
  idNumberHash: string;
  idNumberMasked: string;
  phoneCipher: Uint8Array<ArrayBuffer>;
  phoneHash: string;
  phoneMasked: string;
}

/** Expects normalised, validated values (see the contracts validators). */
export function sealIdentity(fieldCrypto: FieldCrypto, input: { idNumber: string; phone: string }): SealedIdentity {
  return {
    idNumberCipher: fieldCrypto.encrypt(input.idNumber),
    idNumberHash: fieldCrypto.hash(`id:${input.idNumber}`),
    idNumberMasked: maskIdNumber(input.idNumber),
    phoneCipher: fieldCrypto.encrypt(input.phone),
    phoneHash: hashPhone(fieldCrypto, input.phone),
    phoneMasked: maskPhone(input.phone),
  };
}

export function hashIdNumber(fieldCrypto: FieldCrypto, idNumber: string): string {
  return fieldCrypto.hash(`id:${idNumber}`);
}

/** The blind index of a phone number: how a seeker is found by the number they type. */
export function hashPhone(fieldCrypto: FieldCrypto, phone: string): string {
  return fieldCrypto.hash(`phone:${phone}`);
}

export interface SealedPhone {
  cipher: Uint8Array<ArrayBuffer>;
  masked: string;
}

/**
 * A contact phone that is only ever sent to, never looked up (a bureau's alert phone, an
 * employer's contact phone): sealed and masked, no blind index.
 */
export function sealPhone(fieldCrypto: FieldCrypto, phone: string): SealedPhone {
  return { cipher: fieldCrypto.encrypt(phone), masked: maskPhone(phone) };
}
