// Who may see and run an organised transfer, as Prisma conditions and their SQL twins.
// - read (the route rule `transfer`): the exporting side (a jurisdiction holding the planning
//   organisation's region), the destination side (a jurisdiction holding
//   `destinationRegionCode`), the platform, and an EMPLOYER for its own transfers;
// - run (`transfer-exporter`: members, boardings, departure): the exporting side and the platform.
import type { AuthContext } from "../../http/auth-context.ts";
import type { Prisma } from "../../lib/prisma.ts";
import { regionCondition, type Scope } from "../../lib/scope.ts";

/** Who is asking: a bureau (or platform) account by its scope, or an employer's account by its employer. */
export type TransferReader = { kind: "bureau"; scope: Scope } | { kind: "employer"; employerId: string | null };

/** No transfer has this id: an employer account without an employer sees nothing. */
const NOTHING: Prisma.TransferWhereInput = { id: { in: [] } };

/** A route's rule (http/route.ts ScopeRule) with who asks: what repositories turn into SQL. */
export type TransferAccess = { rule: "transfer"; reader: TransferReader } | { rule: "transfer-exporter"; scope: Scope };

export function transferCondition(access: TransferAccess): Prisma.TransferWhereInput {
  return access.rule === "transfer" ? readableTransfers(access.reader) : exportedTransfers(access.scope);
}

export function readableTransfers(reader: TransferReader): Prisma.TransferWhereInput {
  if (reader.kind === "employer") return reader.employerId ? { employerId: reader.employerId } : NOTHING;
  const regions = regionCondition(reader.scope);
  if (!regions) return {};
  return { OR: [{ organisation: { regionCode: regions } }, { destinationRegionCode: regions }] };
}

export function exportedTransfers(scope: Scope): Prisma.TransferWhereInput {
  const regions = regionCondition(scope);
  return regions ? { organisation: { regionCode: regions } } : {};
}

/**
 * `exportedTransfers` over `transfers <alias>` for a statement file: `$n`, `$n+1` are
 * regionScopeValues (lib/scope.ts), nulls for the platform.
 */
export function exportedTransfersSql(alias: string, n: number): string {
  const [from, to] = [`$${n}::text`, `$${n + 1}::text`];
  return `(${from} IS NULL OR EXISTS (SELECT 1 FROM organisations o
    WHERE o.id = ${alias}."organisationId" AND o."regionCode" >= ${from} AND o."regionCode" < ${to}))`;
}

/** The reader a session is: an EMPLOYER by its employer, every other account by its scope. */
export function readerOf(auth: AuthContext): TransferReader {
  return auth.user.role === "EMPLOYER" ? { kind: "employer", employerId: auth.user.employerId } : { kind: "bureau", scope: auth.scope };
}

/** Reading the transfer (and confirming arrivals, recording exceptions): the `transfer` rule. */
export const readAccess = (auth: AuthContext): TransferAccess => ({ rule: "transfer", reader: readerOf(auth) });

/** Running it (members, boarding, departure): the `transfer-exporter` rule. */
export const exportAccess = (scope: Scope): TransferAccess => ({ rule: "transfer-exporter", scope });
