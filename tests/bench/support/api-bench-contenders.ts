// The runs of one endpoint in `pnpm bench api`: its bare baseline and one or more API
// contenders (anonymous, or signed in as some account). Runs mirror around the middle:
// bare, A, B, …, B, A, bare (one contender: bare, api, api, bare), each after a 1 s warm-up,
// so a machine drifting while the endpoint is measured weighs alike on every contender and
// on the baseline, and contenders compared with each other run side by side.
import type { ChildProcess } from "node:child_process";
import { combine, type LoadFigures, measureLoad } from "./api-bench-load.ts";

export interface ApiContender {
  /** Who asks, as the report names it. */
  who: string;
  paths: string[];
  /** The session cookie (`name=value`); none: anonymous. */
  cookie?: string;
  /** The `who` of the platform-wide contender this scoped one is compared with. */
  versus?: string;
}

export interface ContenderFigures {
  contender: ApiContender;
  api: LoadFigures;
  /** The endpoint's baseline (the same for every contender of the endpoint). */
  bare: LoadFigures;
}

function saveProfile(child: ChildProcess, file: string): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (m: { profileSaved?: string }) => {
      if (!m.profileSaved) return;
      child.off("message", onMessage);
      resolve();
    };
    child.on("message", onMessage);
    child.send({ profileSave: file });
  });
}

export async function measureEndpoint(input: {
  child: ChildProcess;
  baseUrl: string;
  name: string;
  bare: readonly string[];
  contenders: readonly ApiContender[];
  seconds: number;
  connections: number;
  /** The database's CPU time so far (µs), when it can be read. */
  dbCpu?: (() => number) | null;
  /** Where to save a CPU profile of contender j's first run ("bare": the first bare run); none: no profiles. */
  profileFile?: (j: number | "bare") => string;
}): Promise<ContenderFigures[]> {
  const { child, baseUrl, connections } = input;
  const run = (paths: readonly string[], cookie: string | undefined, seconds: number) =>
    measureLoad({ child, baseUrl, paths, headers: cookie ? { cookie } : undefined, seconds, connections, dbCpu: input.dbCpu });
  const bareRun = (seconds: number) => run(input.bare, undefined, seconds);
  const apiRun = (c: ApiContender, seconds: number) => run(c.paths, c.cookie, seconds);

  await bareRun(1);
  for (const c of input.contenders) await apiRun(c, 1);

  const profiled = async <T>(j: number | "bare", run: () => Promise<T>): Promise<T> => {
    if (!input.profileFile) return run();
    child.send({ profileStart: true });
    const result = await run();
    await saveProfile(child, input.profileFile(j));
    return result;
  };
  const runs = input.contenders.map((): LoadFigures[] => []);
  const bare1 = await profiled("bare", () => bareRun(input.seconds));
  for (const [j, c] of input.contenders.entries()) runs[j]!.push(await profiled(j, () => apiRun(c, input.seconds)));
  for (const [j, c] of [...input.contenders.entries()].reverse()) runs[j]!.push(await apiRun(c, input.seconds));
  const bare2 = await bareRun(input.seconds);

  const bare = combine([bare1, bare2]);
  const figures = input.contenders.map((contender, j) => ({ contender, api: combine(runs[j]!), bare }));
  for (const f of figures) {
    if (f.api.non2xx + f.api.errors + f.bare.non2xx + f.bare.errors > 0) {
      throw new Error(`${input.name} (${f.contender.who}): non-2xx or errors ${JSON.stringify(f)}`);
    }
  }
  return figures;
}

/** Each scoped contender with the platform-wide one it names in `versus`. */
export function scopedVersusAdmin(figures: readonly ContenderFigures[]): { scoped: ContenderFigures; admin: ContenderFigures }[] {
  return figures.flatMap((scoped) => {
    if (!scoped.contender.versus) return [];
    const admin = figures.find((f) => f.contender.who === scoped.contender.versus);
    if (!admin) throw new Error(`${scoped.contender.who}: no contender ${scoped.contender.versus}`);
    return [{ scoped, admin }];
  });
}
