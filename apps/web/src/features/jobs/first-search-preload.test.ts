import { JOB_BOARD_FIRST_SEARCH } from "@xiezuo/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseJobFilters } from "./job-search-params.ts";
import { searchPositions } from "./jobs-api.ts";

afterEach(() => vi.unstubAllGlobals());

describe("the job board's first search", () => {
  it("is the request the server preloads with /jobs, byte for byte (else the phone fetches it twice)", async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            hits: [],
            total: 0,
            facets: { city: {}, employerKind: {} },
            indexing: false,
            understood: { wageMin: null },
            interpretedAs: null,
          }),
          {
            status: 200,
          },
        ),
    );
    vi.stubGlobal("fetch", fetchMock);
    // What JobBoardPage asks for when /jobs is opened without a query.
    await searchPositions(parseJobFilters(new URLSearchParams("")), { offset: 0 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(JOB_BOARD_FIRST_SEARCH);
    // The preload is a GET with same-origin credentials: a different mode would not match it.
    expect(init.method).toBe("GET");
    expect(init.credentials).toBe("same-origin");
  });
});
