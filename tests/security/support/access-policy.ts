// Rules every route's declared access must obey, checked against the registry. They catch
// a route declared with the wrong access (public reads of people, SEEKER on staff routes…),
// which a test comparing behaviour with the declaration alone could not.
import type { AnyRouteSpec } from "../../../apps/api/src/http/route.ts";
import { type RouteKey, routeKey } from "./route-requests.ts";

/** Response fields that describe a person or an account. */
const PERSONAL_KEYS = new Set([
  "idNumber",
  "idNumberMasked",
  "phone",
  "phoneMasked",
  "seeker",
  "seekers",
  "seekerId",
  "username",
  "users",
  "token",
]);

/** Where a response is about the caller itself. */
const SELF_PREFIXES = ["/auth/", "/me/", "/me", "/public/"];
const isSelfRoute = (path: string) => SELF_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith("/") ? p : `${p}/`));

function collectKeys(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) collectKeys(item, into);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value && typeof value === "object") for (const name of Object.keys(value)) into.add(name);
      collectKeys(value, into);
    }
  }
  return into;
}

/** Property names anywhere in the route's response schemas. */
export function responseKeys(spec: AnyRouteSpec): Set<string> {
  const keys = new Set<string>();
  for (const schema of Object.values(spec.responses)) {
    if (schema) collectKeys(schema.toJSONSchema({ io: "output", unrepresentable: "any" }), keys);
  }
  return keys;
}

export function findAccessViolations(specs: AnyRouteSpec[]): string[] {
  const out: string[] = [];
  const seen = new Set<RouteKey>();
  for (const spec of specs) {
    const key = routeKey(spec);
    const { access, path, method } = spec;
    if (seen.has(key)) out.push(`${key}: declared twice`);
    seen.add(key);
    const personal = [...responseKeys(spec)].filter((k) => PERSONAL_KEYS.has(k));
    const underMe = path === "/me" || path.startsWith("/me/");
    if (access === "public") {
      if (method !== "get" && !path.startsWith("/auth/") && !path.startsWith("/public/"))
        out.push(`${key}: a public write outside /auth and /public`);
      if (personal.length > 0 && !isSelfRoute(path)) out.push(`${key}: public, but answers personal fields (${personal.join(", ")})`);
      continue;
    }
    if (access === "signed-in") {
      // Every account, SEEKERs included, passes "signed-in".
      if (method !== "get" && !path.startsWith("/auth/")) out.push(`${key}: a write open to every signed-in account`);
      if (personal.length > 0 && !isSelfRoute(path))
        out.push(`${key}: any account (SEEKERs too) would read personal fields (${personal.join(", ")})`);
      continue;
    }
    if (access.length === 0) out.push(`${key}: no role may call it`);
    if (underMe && (access.length !== 1 || access[0] !== "SEEKER"))
      out.push(`${key}: /me routes are the SEEKER's own, got ${access.join(",")}`);
    if (!underMe && access.includes("SEEKER")) out.push(`${key}: SEEKER allowed outside /me (a seeker reaches only its own data)`);
    if (!underMe && !access.includes("ADMIN")) out.push(`${key}: ADMIN missing from a staff route`);
  }
  return out;
}
