export * from "./factories.ts";
export * from "./test-app.ts";
export * from "./test-database.ts";
export * from "./sign-in.ts";
