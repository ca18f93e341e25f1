import { spawn } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../env.ts";

/** Applies pending migrations with the Prisma CLI (its WebAssembly schema engine). */
export function runPrisma(args: string[], databaseUrl: string): Promise<string> {
  const cli = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (b: Buffer) => (output += b));
    child.stderr.on("data", (b: Buffer) => (output += b));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`prisma ${args.join(" ")} failed:\n${output}`))));
  });
}

export const migrateDeploy = (databaseUrl: string) => runPrisma(["migrate", "deploy"], databaseUrl);
