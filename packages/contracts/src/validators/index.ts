export type { ValidationResult } from "./validation-result.ts";
export {
  IdNumberSchema,
  PROVINCE_CODES,
  computeIdNumberCheckChar,
  formatChinaDate,
  isCalendarDate,
  isProvinceCode,
  normalizeIdNumber,
  parseIdNumber,
  validateIdNumber,
  type Gender,
  type ParsedIdNumber,
} from "./id-number.ts";
export {
  CREDIT_CODE_CHARSET,
  CreditCodeSchema,
  computeCreditCodeCheckChar,
  normalizeCreditCode,
  validateCreditCode,
} from "./credit-code.ts";
export { PhoneSchema, normalizePhone, validatePhone } from "./phone.ts";
export { maskIdNumber, maskPhone } from "./masking.ts";
export {
  createSeededRandom,
  generateCreditCode,
  generateIdNumber,
  generatePhone,
  type GenerateIdNumberInput,
  type RandomSource,
} from "./generators.ts";
