// `pnpm bench <name>` runs tests/bench/<name>.bench.ts; without a name it lists them.
// Each benchmark prints its figure as a ratio against a baseline measured in the same run.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const available = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""));

const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.log(available.length ? `Benchmarks: ${available.join(", ")}\nUsage: pnpm bench <name>` : "No benchmarks yet.");
  process.exit(name ? 2 : 0);
}
await import(pathToFileURL(path.join(here, `${name}.bench.ts`)).href);
