import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE, getRedirectTarget } from "./redirect.ts";

describe("getRedirectTarget", () => {
  it("returns to the page the user wanted", () => {
    expect(getRedirectTarget({ from: { pathname: "/fairs/abc", search: "?tab=1", hash: "#stats" } })).toBe("/fairs/abc?tab=1#stats");
    expect(getRedirectTarget({ from: { pathname: "/users" } })).toBe("/users");
  });

  it("falls back to the fairs list", () => {
    expect(getRedirectTarget(null)).toBe(DEFAULT_PAGE);
    expect(getRedirectTarget(undefined)).toBe(DEFAULT_PAGE);
    expect(getRedirectTarget({})).toBe(DEFAULT_PAGE);
    expect(getRedirectTarget({ from: { pathname: "/login" } })).toBe(DEFAULT_PAGE);
    expect(getRedirectTarget({ from: { pathname: "/" } })).toBe(DEFAULT_PAGE);
  });

  it("never leaves the site", () => {
    expect(getRedirectTarget({ from: { pathname: "//evil.example/x" } })).toBe(DEFAULT_PAGE);
    expect(getRedirectTarget({ from: { pathname: "https://evil.example" } })).toBe(DEFAULT_PAGE);
    expect(getRedirectTarget({ from: { pathname: "/\\evil.example" } })).toBe(DEFAULT_PAGE);
    expect(getRedirectTarget({ from: { pathname: 42 } })).toBe(DEFAULT_PAGE);
  });
});
