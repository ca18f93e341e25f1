export {
  CREDIT_CODE_CHARSET,
  CreditCodeSchema,
  computeCreditCodeCheckChar,
  normalizeCreditCode,
  validateCreditCode,
} from "./credit-code.ts";
export {
  createSeededRandom,
  type GenerateIdNumberInput,
  generateCreditCode,
  generateIdNumber,
  generatePhone,
  type RandomSource,
} from "./generators.ts";
export {
  computeIdNumberCheckChar,
  type Gender,
  IdNumberSchema,
  isCalendarDate,
  isProvinceCode,
  normalizeIdNumber,
  type ParsedIdNumber,
  PROVINCE_CODES,
  parseIdNumber,
  validateIdNumber,
} from "./id-number.ts";
export { maskIdNumber, maskPhone } from "./masking.ts";
export { normalizePhone, PhoneSchema, validatePhone } from "./phone.ts";
export type { ValidationResult } from "./validation-result.ts";
