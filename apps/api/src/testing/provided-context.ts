// Values the integration tests' global setup hands to every test file (vitest inject()).
declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    meiliUrl: string;
    meiliKey: string;
  }
}

export {};
