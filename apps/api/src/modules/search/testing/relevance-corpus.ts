// The Chinese job-search relevance corpus (tests/fixtures/search-relevance, copied from the
// project's reference data; see the README there) and its scoring rule: hits@10 = |top10 ∩ relevant| / min(10, |relevant|), averaged over queries.
// Shared by the relevance integration test and `pnpm bench search`.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../../../env.ts";

const EmployerKindSchema = z.enum(["SOE", "PRIVATE", "FOREIGN", "PUBLIC", "OTHER"]);

const CorpusSchema = z.object({
  about: z.string(),
  employers: z.array(z.object({ key: z.string(), name: z.string(), kind: EmployerKindSchema, regionCode: z.string(), city: z.string() })),
  positions: z.array(
    z.object({
      key: z.string(),
      employerKey: z.string(),
      title: z.string(),
      description: z.string(),
      openings: z.number().int(),
      wageMin: z.number().int(),
      wageMax: z.number().int(),
      city: z.string(),
      foodProvided: z.boolean(),
      lodgingProvided: z.boolean(),
    }),
  ),
});
export type RelevanceCorpus = z.infer<typeof CorpusSchema>;
export type CorpusPosition = RelevanceCorpus["positions"][number];
export type CorpusEmployer = RelevanceCorpus["employers"][number];

/** `kind` sorts the noisy queries (homophone, pinyin, mixed, sentence); the dev queries have none. */
const QueriesSchema = z.array(z.object({ q: z.string(), kind: z.string().optional(), relevant: z.array(z.string()).min(1) }));
export type RelevanceQuery = z.infer<typeof QueriesSchema>[number];

export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, "tests/fixtures/search-relevance");

/** The corpus, the dev queries, and the noisy queries (homophone slips, pinyin, spoken sentences) over the same corpus. */
export function readRelevanceCorpus(dir = DEFAULT_CORPUS_DIR): {
  corpus: RelevanceCorpus;
  queries: RelevanceQuery[];
  noisyQueries: RelevanceQuery[];
} {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as unknown;
  return {
    corpus: CorpusSchema.parse(read("corpus.json")),
    queries: QueriesSchema.parse(read("dev-queries.json")),
    noisyQueries: QueriesSchema.parse(read("noisy-queries.json")),
  };
}

export interface QueryScore {
  q: string;
  score: number;
  /** Relevant positions (corpus keys) missing from the top 10. */
  missed: string[];
  /** Corpus keys of the top 10 returned. */
  top: string[];
}

/** hits@10 of one query, from the corpus keys the search returned in order. */
export function scoreQuery(query: RelevanceQuery, returnedKeys: readonly string[]): QueryScore {
  const top = returnedKeys.slice(0, 10);
  const relevant = new Set(query.relevant);
  const found = top.filter((k) => relevant.has(k)).length;
  return {
    q: query.q,
    score: found / Math.min(10, relevant.size),
    missed: query.relevant.filter((k) => !top.includes(k)),
    top,
  };
}

export function averageScore(scores: readonly QueryScore[]): number {
  return scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
}

/** Runs every query through `search` (corpus keys in rank order) and scores it. */
export async function evaluateHitsAt10(
  queries: readonly RelevanceQuery[],
  search: (q: string) => Promise<string[]>,
): Promise<{ hitsAt10: number; scores: QueryScore[] }> {
  const scores: QueryScore[] = [];
  for (const query of queries) scores.push(scoreQuery(query, await search(query.q)));
  return { hitsAt10: averageScore(scores), scores };
}
