export * from "./auth.ts";
export * from "./common.ts";
export * from "./employers.ts";
export * from "./errors.ts";
export * from "./fairs.ts";
export * from "./validators/index.ts";
