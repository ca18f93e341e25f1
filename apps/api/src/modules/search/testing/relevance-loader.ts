// Loads the relevance corpus THROUGH THE HTTP API, as an administrator would: employers,
// one fair, the employers joined to it, positions linked to it. Then waits until the
// search route sees every position, and searches the dev queries with fairId.
import { createSeededRandom, generateCreditCode } from "@xiezuo/contracts";
import type { RelevanceCorpus } from "./relevance-corpus.ts";

export interface JsonApi {
  get(path: string): Promise<{ status: number; body: unknown }>;
  post(path: string, body: unknown): Promise<{ status: number; body: unknown }>;
}

/** A JSON client over real HTTP (fetch), carrying a session cookie. */
export function createFetchApi(baseUrl: string, cookie?: string): JsonApi {
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  return { get: (path) => send("GET", path), post: (path, body) => send("POST", path, body) };
}

/** Signs in over HTTP and returns the session cookie. */
export async function signInOverHttp(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(new URL("/api/auth/login", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("xz_session="));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie.split(";")[0]!;
}

async function expectCreated<T>(call: Promise<{ status: number; body: unknown }>, what: string, pick: (body: never) => T): Promise<T> {
  const res = await call;
  if (res.status !== 201 && res.status !== 200) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return pick(res.body as never);
}

export interface LoadedCorpus {
  fairId: string;
  /** Position id → corpus key. */
  keyById: Map<string, string>;
}

/** Creates every employer and position of the corpus through the API, in one new fair. */
export async function loadCorpusThroughApi(api: JsonApi, corpus: RelevanceCorpus, seed = 20_260_520): Promise<LoadedCorpus> {
  const random = createSeededRandom(seed);
  const fairId = await expectCreated(
    api.post("/api/fairs", {
      title: "搜索相关性测试招聘会",
      venue: "古丈县人力资源市场",
      startsAt: "2026-05-20T09:00:00+08:00",
      endsAt: "2026-05-20T17:00:00+08:00",
      hostRegionCode: "433126",
      partnerRegionCode: "370100",
    }),
    "create fair",
    (b: { fair: { id: string } }) => b.fair.id,
  );
  const employerIds = new Map<string, string>();
  for (const employer of corpus.employers) {
    const id = await expectCreated(
      api.post("/api/employers", {
        name: employer.name,
        creditCode: generateCreditCode(random),
        kind: employer.kind,
        regionCode: employer.regionCode,
        city: employer.city,
      }),
      `create employer ${employer.key}`,
      (b: { employer: { id: string } }) => b.employer.id,
    );
    employerIds.set(employer.key, id);
    await expectCreated(api.post(`/api/fairs/${fairId}/employers`, { employerId: id }), `join ${employer.key}`, () => null);
  }
  const keyById = new Map<string, string>();
  for (const p of corpus.positions) {
    const id = await expectCreated(
      api.post("/api/positions", {
        employerId: employerIds.get(p.employerKey),
        title: p.title,
        description: p.description,
        openings: p.openings,
        wageMin: p.wageMin,
        wageMax: p.wageMax,
        city: p.city,
        foodProvided: p.foodProvided,
        lodgingProvided: p.lodgingProvided,
        fairIds: [fairId],
      }),
      `create position ${p.key}`,
      (b: { position: { id: string } }) => b.position.id,
    );
    keyById.set(id, p.key);
  }
  return { fairId, keyById };
}

interface SearchBody {
  hits: { id: string }[];
  total: number;
}

/** Searches through the public route (`extra`: more query parameters, e.g. exact); corpus keys in rank order. */
export async function searchCorpusKeys(
  api: JsonApi,
  loaded: LoadedCorpus,
  q: string,
  extra: Record<string, string> = {},
): Promise<string[]> {
  const res = await api.get(`/api/search/positions?${new URLSearchParams({ q, fairId: loaded.fairId, limit: "10", ...extra })}`);
  if (res.status !== 200) throw new Error(`search ${q} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as SearchBody).hits.map((h) => loaded.keyById.get(h.id) ?? `unknown:${h.id}`);
}

/** Polls the search route until it sees `count` positions in the fair (no sleeps beyond a short poll). */
export async function waitUntilSearchable(api: JsonApi, fairId: string, count: number, deadlineMs = 30_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const res = await api.get(`/api/search/positions?fairId=${fairId}&limit=1`);
    const total = res.status === 200 ? (res.body as SearchBody).total : -1;
    if (total === count) return;
    if (Date.now() > deadline) throw new Error(`only ${total} of ${count} positions searchable after ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
