export * from "./factories.ts";
export * from "./gate.ts";
export * from "./sign-in.ts";
export * from "./test-app.ts";
export * from "./test-database.ts";
export * from "./wait-for.ts";
