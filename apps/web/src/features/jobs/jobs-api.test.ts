import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "../../lib/api-client.ts";
import { EMPTY_FILTERS } from "./job-search-params.ts";
import { searchPositions } from "./jobs-api.ts";

function stubFetch(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe("searchPositions", () => {
  it("asks the search API for one page of the filtered board", async () => {
    const fetchMock = stubFetch(200, {
      hits: [],
      total: 0,
      facets: { city: {}, employerKind: {} },
      indexing: false,
      understood: { wageMin: null },
      interpretedAs: null,
    });
    await searchPositions({ ...EMPTY_FILTERS, q: "做饭", foodAndLodging: true }, { offset: 20 });
    const [url] = fetchMock.mock.calls[0] as unknown as [string];
    expect(url.startsWith("/api/search/positions?")).toBe(true);
    expect(Object.fromEntries(new URL(url, "http://x").searchParams)).toEqual({
      q: "做饭",
      foodProvided: "true",
      lodgingProvided: "true",
      limit: "20",
      offset: "20",
    });
  });

  it("says plainly when search is down", async () => {
    stubFetch(503, { error: { code: "SEARCH_UNAVAILABLE", message: "search down", requestId: "r1" } });
    const error = await searchPositions(EMPTY_FILTERS, { offset: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).message).toBe("搜索暂时不可用，请稍后再试");
    expect((error as ApiRequestError).requestId).toBe("r1");
  });

  it("rejects an answer that does not match the contract", async () => {
    stubFetch(200, {
      hits: [{ id: "not-a-uuid" }],
      total: 1,
      facets: { city: {}, employerKind: {} },
      indexing: false,
      understood: { wageMin: null },
      interpretedAs: null,
    });
    const error = await searchPositions(EMPTY_FILTERS, { offset: 0 }).catch((caught: unknown) => caught);
    expect((error as ApiRequestError).code).toBe("BAD_RESPONSE");
  });
});
