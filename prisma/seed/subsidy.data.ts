// The demo's 免申即享: Guzhang's transport subsidy for this year (in China) and its roster as of
// today, computed by the same repository and computation the API runs (POST
// /api/subsidy-rules/:id/rosters), then published (公示) as POST /api/rosters/:id/publish does.
import type { PrismaClient } from "../../apps/api/src/generated/prisma/client.ts";
import { createSubsidiesRepository } from "../../apps/api/src/modules/subsidies/subsidies.repository.ts";
import { computeEntries } from "../../apps/api/src/modules/subsidies/subsidy-computation.ts";
import { toChinaDate } from "../../packages/contracts/src/calendar-dates.ts";
import type { SubsidyAmounts } from "../../packages/contracts/src/subsidies.ts";

export const DEMO_SUBSIDY_RULE = {
  name: "古丈县脱贫劳动力外出务工交通补贴",
  kind: "TRANSPORT",
  minMonths: 3,
  povertyStatuses: ["REGISTERED_POOR", "MONITORED", "LIFTED"],
  amounts: { outOfProvince: 600, inProvince: 300 },
} as const;

/** Creates the rule and its published roster as of `now`'s day in China; returns their ids and the entry count. */
export async function seedDemoSubsidy(
  db: PrismaClient,
  input: { now: Date; organisationId: string; actorUserId: string },
): Promise<{ ruleId: string; rosterId: string; asOf: string; entries: number }> {
  const subsidies = createSubsidiesRepository(db);
  const asOf = toChinaDate(input.now);
  const rule = await subsidies.createRule(
    {
      organisationId: input.organisationId,
      name: DEMO_SUBSIDY_RULE.name,
      kind: DEMO_SUBSIDY_RULE.kind,
      year: Number(asOf.slice(0, 4)),
      minMonths: DEMO_SUBSIDY_RULE.minMonths,
      povertyStatuses: [...DEMO_SUBSIDY_RULE.povertyStatuses],
      amounts: { ...DEMO_SUBSIDY_RULE.amounts },
      excludeOrganisedTransfer: false,
      createdById: input.actorUserId,
    },
    input.actorUserId,
  );
  const roster = await subsidies.createRoster(rule, asOf, input.actorUserId, (candidates, listed) =>
    computeEntries({
      kind: rule.kind,
      minMonths: rule.minMonths,
      amounts: rule.amounts as SubsidyAmounts,
      asOf,
      candidates,
      listed,
    }),
  );
  const outcome = await subsidies.publishRoster(roster, input.actorUserId);
  if (outcome !== "published") throw new Error(`demo subsidy roster not published: ${outcome}`);
  return { ruleId: rule.id, rosterId: roster.id, asOf, entries: roster.entries.length };
}
