import { ClientRequestIdSchema, IdSchema } from "@xiezuo/contracts";
import { describe, expect, it } from "vitest";
import { createRequestId } from "./client-request-id.ts";

describe("createRequestId", () => {
  it("gives a fresh UUID that the API accepts as clientRequestId", () => {
    const a = createRequestId();
    expect(IdSchema.safeParse(a).success).toBe(true);
    expect(ClientRequestIdSchema.safeParse(a).success).toBe(true);
    expect(createRequestId()).not.toBe(a);
  });

  it("still gives a version-4 UUID where randomUUID is missing (plain http)", () => {
    const withoutRandomUuid = { getRandomValues: <T extends ArrayBufferView>(array: T) => crypto.getRandomValues(array) };
    const ids = Array.from({ length: 50 }, () => createRequestId(withoutRandomUuid));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(50);
  });
});
