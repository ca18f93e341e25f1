import { CREDIT_CODE_CHARSET, computeCreditCodeCheckChar } from "./credit-code.ts";
import { computeIdNumberCheckChar, type Gender, isCalendarDate, isProvinceCode, PROVINCE_CODES } from "./id-number.ts";

/** A source of numbers in [0, 1), so tests and seed scripts can pass a seeded PRNG. */
export type RandomSource = () => number;

export interface GenerateIdNumberInput {
  /** Six digits; the first two must be a province code. */
  regionCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  gender: Gender;
  /** Full three-digit sequence 0–999; its last digit must be odd for MALE, even for FEMALE. */
  sequence?: number;
}

/** mulberry32: tiny, fast and good enough for reproducible demo data (not for secrets). */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickInt(random: RandomSource, maxExclusive: number): number {
  // Clamp guards against a caller's source returning exactly 1.
  return Math.min(maxExclusive - 1, Math.floor(random() * maxExclusive));
}

function pickChar(random: RandomSource, chars: string): string {
  return chars.charAt(pickInt(random, chars.length));
}

function pickDigits(random: RandomSource, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += pickChar(random, "0123456789");
  return out;
}

function pickSequence(random: RandomSource, gender: Gender): number {
  // 500 sequences of each parity in 0–999.
  return pickInt(random, 500) * 2 + (gender === "MALE" ? 1 : 0);
}

/** Builds a valid GB 11643-1999 ID number; throws on inputs that could not yield one. */
export function generateIdNumber(input: GenerateIdNumberInput, random: RandomSource = Math.random): string {
  const { regionCode, birthDate, gender } = input;
  if (!/^\d{6}$/.test(regionCode) || !isProvinceCode(regionCode.slice(0, 2))) {
    throw new RangeError(`generateIdNumber: invalid regionCode "${regionCode}"`);
  }
  const birth = /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate.replaceAll("-", "") : "";
  if (!isCalendarDate(birth)) {
    throw new RangeError(`generateIdNumber: invalid birthDate "${birthDate}"`);
  }
  const sequence = input.sequence ?? pickSequence(random, gender);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError(`generateIdNumber: sequence must be an integer 0–999, got ${sequence}`);
  }
  if ((sequence % 2 === 1) !== (gender === "MALE")) {
    throw new RangeError(`generateIdNumber: sequence ${sequence} does not encode gender ${gender}`);
  }
  const first17 = `${regionCode}${birth}${String(sequence).padStart(3, "0")}`;
  return first17 + computeIdNumberCheckChar(first17);
}

// Department + category pairs that occur in practice: 9x enterprises (1 company, 2 individual
// business, 3 farmers' cooperative), 1x government bodies, 5x social organisations.
const CREDIT_CODE_PREFIXES = ["91", "91", "91", "92", "93", "11", "12", "51", "52"] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const ORG_CODE_VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** GB 11714 check character of the embedded organisation code, so generated codes look real. */
function computeOrgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += ORG_CODE_VALUES.indexOf(first8.charAt(i)) * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** Builds a valid GB 32100-2015 unified social credit code. */
export function generateCreditCode(random: RandomSource = Math.random): string {
  const prefix = CREDIT_CODE_PREFIXES[pickInt(random, CREDIT_CODE_PREFIXES.length)] ?? "91";
  const province = PROVINCE_CODES[pickInt(random, PROVINCE_CODES.length)] ?? "11";
  const region = `${province}${pickDigits(random, 4)}`;
  let orgBody = "";
  for (let i = 0; i < 8; i++) orgBody += pickChar(random, CREDIT_CODE_CHARSET);
  const first17 = `${prefix}${region}${orgBody}${computeOrgCodeCheckChar(orgBody)}`;
  return first17 + computeCreditCodeCheckChar(first17);
}

/** Builds a mainland mobile number matching /^1[3-9]\d{9}$/. */
export function generatePhone(random: RandomSource = Math.random): string {
  return `1${pickChar(random, "3456789")}${pickDigits(random, 9)}`;
}
