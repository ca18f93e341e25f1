// What a signed-in bureau account may see: built once per request from the session, and
// turned into SQL conditions by repositories (never applied by filtering loaded rows).
//
// A user without organisation is platform-wide (v1 behaviour). A user of an organisation
// sees region codes in its jurisdiction: every code starting with the significant digits of
// the organisation's own (430000 → 43…, 433100 → 4331…, 433126 → that county). Codes are six
// digits, so a prefix is a half-open range [prefix, next prefix): plain B-tree indexes serve it.
import { jurisdictionPrefix } from "@xiezuo/contracts";
import { notFound } from "./app-error.ts";

export type Scope =
  | { readonly platform: true }
  | { readonly platform: false; readonly organisationId: string; readonly regionCode: string; readonly prefix: string };

export const PLATFORM_SCOPE: Scope = Object.freeze({ platform: true });

export function organisationScope(organisationId: string, regionCode: string): Scope {
  return Object.freeze({ platform: false, organisationId, regionCode, prefix: jurisdictionPrefix(regionCode) });
}

/** The scope of a session's user: platform-wide unless it belongs to an organisation. */
export function scopeOf(user: { organisation: { id: string; regionCode: string } | null }): Scope {
  return user.organisation ? organisationScope(user.organisation.id, user.organisation.regionCode) : PLATFORM_SCOPE;
}

/** `{gte, lt}` of the codes under a prefix ("4331" → ["4331", "4332")). */
export function prefixRange(prefix: string): { gte: string; lt: string } {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { gte: prefix, lt: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}

/** Prisma condition on a region-code column: undefined (no condition) for the platform. */
export function regionCondition(scope: Scope): { gte: string; lt: string } | undefined {
  return scope.platform ? undefined : prefixRange(scope.prefix);
}

export function regionInScope(scope: Scope, code: string): boolean {
  return scope.platform || code.startsWith(scope.prefix);
}

/**
 * The region a report covers: the one asked for, which must lie in the caller's jurisdiction
 * (else 404, as if there were nothing), or the caller's own region when none is asked for.
 * The platform may ask for any region or none (everything).
 */
export function reportRegion(asked: string | undefined, scope: Scope): string | undefined {
  if (scope.platform) return asked;
  if (asked === undefined) return scope.regionCode;
  if (!regionInScope(scope, asked)) throw notFound("地区");
  return asked;
}

/** regionScopeSql's parameters for a report's region: the codes of its jurisdiction, or two nulls (everything). */
export function reportRegionValues(regionCode: string | undefined): [string | null, string | null] {
  if (regionCode === undefined) return [null, null];
  const { gte, lt } = prefixRange(jurisdictionPrefix(regionCode));
  return [gte, lt];
}

/** The two parameters of regionScopeSql: the code range, or two nulls for the platform. */
export function regionScopeValues(scope: Scope): [string | null, string | null] {
  if (scope.platform) return [null, null];
  const { gte, lt } = prefixRange(scope.prefix);
  return [gte, lt];
}

/**
 * A region column in the scope, for a statement file's constant text: `$n`, `$n+1` are
 * regionScopeValues (nulls: the platform, the condition holds). `column` is trusted text.
 */
export function regionScopeSql(column: string, n: number): string {
  return `($${n}::text IS NULL OR (${column} >= $${n}::text AND ${column} < $${n + 1}::text))`;
}

/**
 * The three parameters of the fair condition below: the organisation and its code range,
 * or three nulls for the platform (the condition then holds for every fair).
 */
export function fairScopeValues(scope: Scope): [string | null, string | null, string | null] {
  if (scope.platform) return [null, null, null];
  const { gte, lt } = prefixRange(scope.prefix);
  return [scope.organisationId, gte, lt];
}

/**
 * A fair the scope may read: the platform, its host, a partner, or a fair held in the
 * jurisdiction (a prefecture sees its counties' fairs). `$n`, `$n+1`, `$n+2` are
 * fairScopeValues; `fair` is the alias of the fairs table.
 */
export function fairScopeSql(fair: string, n: number): string {
  const [org, gte, lt] = [`$${n}`, `$${n + 1}`, `$${n + 2}`];
  return `(${org}::uuid IS NULL OR ${fair}."hostOrganisationId" = ${org}::uuid
    OR (${fair}."hostRegionCode" >= ${gte}::text AND ${fair}."hostRegionCode" < ${lt}::text)
    OR EXISTS (SELECT 1 FROM fair_partners fp WHERE fp."fairId" = ${fair}.id AND fp."organisationId" = ${org}::uuid))`;
}
