import { ApiErrorSchema, type ValidationIssue } from "@xiezuo/contracts";
import type { z } from "zod";
import { type AnyErrorCode, type ErrorMessageOverrides, getCodeForStatus, getErrorMessage } from "./error-messages.ts";

/**
 * A failed API call. `message` is Chinese text safe to show to the user;
 * `serverMessage` is what the API said (for support, with `requestId`).
 */
export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  readonly status: number;
  readonly code: AnyErrorCode;
  readonly issues: ValidationIssue[];
  readonly requestId: string | null;
  readonly serverMessage: string | null;
  /** Extra fields of the error body, e.g. `existingId` on a 409 for an already registered seeker. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    code: AnyErrorCode;
    message: string;
    issues?: ValidationIssue[];
    requestId?: string | null;
    serverMessage?: string | null;
    details?: Record<string, unknown>;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.requestId = init.requestId ?? null;
    this.serverMessage = init.serverMessage ?? null;
    this.details = init.details ?? {};
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
  /** Wording for this call's expected failures, e.g. `{ CONFLICT: "该用户名已被使用" }`. */
  errorMessages?: ErrorMessageOverrides;
  /** Login and the session probe handle 401 themselves instead of signing the user out. */
  ignoreUnauthenticated?: boolean;
  /**
   * A successful write refreshes the data on screen; a stream of writes whose screen keeps
   * its own count (the desk's check-ins) passes false.
   */
  refreshAfter?: boolean;
}

let onUnauthenticated: (() => void) | null = null;
let afterWrite: (() => void) | null = null;
let networkListener: { failed(): void; reached(): void } | null = null;

/** The query client registers here: a successful write refreshes what is on screen. */
export function setAfterWriteHandler(handler: (() => void) | null): void {
  afterWrite = handler;
}

/** A write made outside requestJson (an XMLHttpRequest upload) refreshes what is on screen too. */
export function notifyWrite(): void {
  afterWrite?.();
}

/** The network status registers here: lost connections and answers tell it whether the API is reachable. */
export function setNetworkListener(listener: { failed(): void; reached(): void } | null): void {
  networkListener = listener;
}

/** The auth provider registers here so an expired session anywhere returns the user to sign-in. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Calls the API and parses the JSON answer with `schema`. */
export async function requestJson<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  const response = await send(path, options);
  const body = await readJson(response);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError({
      status: response.status,
      code: "BAD_RESPONSE",
      message: getErrorMessage("BAD_RESPONSE", options.errorMessages),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Calls the API for an answer without a body (e.g. `204 No Content`). */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  // Same origin only: the session cookie must never travel to another host.
  if (!path.startsWith("/api/")) {
    throw new Error(`API paths must start with /api/: ${path}`);
  }
  const hasBody = options.body !== undefined;
  const headers: Record<string, string> = { Accept: "application/json" };
  if (hasBody) headers["Content-Type"] = "application/json";

  const method = options.method ?? (hasBody ? "POST" : "GET");
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers,
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    networkListener?.failed();
    throw new ApiRequestError({
      status: 0,
      code: "NETWORK_ERROR",
      message: getErrorMessage("NETWORK_ERROR", options.errorMessages),
      cause: error,
    });
  }

  networkListener?.reached();
  if (response.ok) {
    if (method !== "GET" && options.refreshAfter !== false) afterWrite?.();
    return response;
  }

  const error = await toApiRequestError(response, options.errorMessages);
  if (error.code === "UNAUTHENTICATED" && !options.ignoreUnauthenticated) onUnauthenticated?.();
  throw error;
}

async function toApiRequestError(response: Response, overrides: ErrorMessageOverrides | undefined): Promise<ApiRequestError> {
  const body = await readJson(response).catch(() => null);
  return createApiRequestError(response.status, body, response.headers.get("x-request-id"), overrides);
}

/** The error for a failed answer already read (also used by XMLHttpRequest uploads). */
export function createApiRequestError(
  status: number,
  body: unknown,
  requestIdHeader: string | null,
  overrides?: ErrorMessageOverrides,
): ApiRequestError {
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, issues, requestId, ...details } = parsed.data.error;
    return new ApiRequestError({
      status,
      code,
      message: getErrorMessage(code, overrides),
      issues: issues ?? [],
      requestId,
      serverMessage: message,
      details,
    });
  }
  const code = getCodeForStatus(status);
  return new ApiRequestError({
    status,
    code,
    message: getErrorMessage(code, overrides),
    requestId: requestIdHeader,
  });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Chinese text for any thrown value, for catch blocks that just need to show something. */
export function describeError(error: unknown): string {
  if (isApiRequestError(error)) return error.message;
  return "出现了意外错误，请稍后再试";
}
