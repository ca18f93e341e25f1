import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiRequestError, requestJson, requestNoContent, setUnauthenticatedHandler } from "./api-client.ts";

const OkSchema = z.object({ ok: z.boolean() });

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

function apiError(code: string, extra: Record<string, unknown> = {}) {
  return { error: { code, message: "server text", requestId: "req-1", ...extra } };
}

function stubFetch(impl: () => Promise<Response>) {
  const fetchMock = vi.fn(impl);
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

async function catchError(promise: Promise<unknown>): Promise<ApiRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiRequestError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(null);
});

describe("requestJson", () => {
  it("sends JSON same-origin with the session cookie and parses the answer", async () => {
    const fetchMock = stubFetch(async () => jsonResponse(200, { ok: true, extra: "dropped" }));

    await expect(requestJson("/api/things", OkSchema, { body: { a: 1 } })).resolves.toEqual({ ok: true });

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/things");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("same-origin");
    expect(init.body).toBe('{"a":1}');
    expect(init.headers).toMatchObject({ "Content-Type": "application/json" });
  });

  it("refuses paths outside the API", async () => {
    stubFetch(async () => jsonResponse(200, { ok: true }));
    await expect(requestJson("https://evil.example/api/x", OkSchema)).rejects.toThrow(/must start with/);
  });

  it("carries status, code, issues and request id from the error body", async () => {
    stubFetch(async () => jsonResponse(400, apiError("VALIDATION_FAILED", { issues: [{ path: ["username"], message: "太短" }] })));
    const error = await catchError(requestJson("/api/users", OkSchema, { body: {} }));
    expect(error.status).toBe(400);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues).toEqual([{ path: ["username"], message: "太短" }]);
    expect(error.requestId).toBe("req-1");
    expect(error.serverMessage).toBe("server text");
    expect(error.message).toBe("填写的内容有误，请检查后重试");
  });

  it("uses the caller's wording for expected failures", async () => {
    stubFetch(async () => jsonResponse(401, apiError("UNAUTHENTICATED")));
    const error = await catchError(
      requestJson("/api/auth/login", OkSchema, {
        body: {},
        ignoreUnauthenticated: true,
        errorMessages: { UNAUTHENTICATED: "用户名或密码不正确" },
      }),
    );
    expect(error.message).toBe("用户名或密码不正确");
  });

  it("maps rate limiting to a Chinese message", async () => {
    stubFetch(async () => jsonResponse(429, apiError("RATE_LIMITED")));
    const error = await catchError(requestJson("/api/auth/login", OkSchema, { body: {} }));
    expect(error.status).toBe(429);
    expect(error.message).toBe("尝试次数过多，请稍后再试");
  });

  it("reports a network failure without a status", async () => {
    stubFetch(async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await catchError(requestJson("/api/fairs", OkSchema));
    expect(error.status).toBe(0);
    expect(error.code).toBe("NETWORK_ERROR");
    expect(error.message).toBe("网络连接失败，请检查网络后重试");
  });

  it("lets an abort through untouched", async () => {
    stubFetch(async () => {
      throw new DOMException("aborted", "AbortError");
    });
    await expect(requestJson("/api/fairs", OkSchema)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("infers the code from the status when the body is not an API error", async () => {
    stubFetch(async () => new Response("<html>Bad Gateway</html>", { status: 502 }));
    const error = await catchError(requestJson("/api/fairs", OkSchema));
    expect(error.code).toBe("SERVER_UNAVAILABLE");
    expect(error.message).toBe("服务暂时不可用，请稍后再试");
  });

  it("rejects an answer that does not match the schema", async () => {
    stubFetch(async () => jsonResponse(200, { ok: "yes" }));
    const error = await catchError(requestJson("/api/fairs", OkSchema));
    expect(error.code).toBe("BAD_RESPONSE");
  });

  it("signals an expired session unless the caller handles 401 itself", async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    stubFetch(async () => jsonResponse(401, apiError("UNAUTHENTICATED")));

    await catchError(requestJson("/api/fairs", OkSchema));
    expect(handler).toHaveBeenCalledTimes(1);

    await catchError(requestJson("/api/auth/me", OkSchema, { ignoreUnauthenticated: true }));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe("requestNoContent", () => {
  it("accepts 204", async () => {
    const fetchMock = stubFetch(async () => new Response(null, { status: 204 }));
    await expect(requestNoContent("/api/auth/logout", { method: "POST" })).resolves.toBeUndefined();
    expect((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].method).toBe("POST");
  });
});
