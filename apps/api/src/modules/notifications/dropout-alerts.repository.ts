// The dropout alert (返乡预警): when a follow-up ends a placement and the household then has no
// member at work (no ACTIVE or STABLE placement), every bureau whose jurisdiction holds the
// household's region and that has an alert phone gets one message, queued in the follow-up's
// unit of work, so it exists exactly when the follow-up commits.
import { findRegion } from "@xiezuo/contracts";
import { prismaOf, type UnitOfWork } from "../outbox/index.ts";
import { enqueueNotification } from "./notification-queue.repository.ts";
import { dropoutAlertText } from "./notification-texts.ts";

/**
 * The region codes of every bureau whose jurisdiction holds `regionCode` (see
 * `jurisdictionPrefix`): the county itself, its prefecture (….00) and its province (..0000).
 */
export function jurisdictionsHolding(regionCode: string): string[] {
  return [...new Set([regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`])];
}

/** Queues the alerts for the placement just ended, if its household has nobody left at work. Returns how many. */
export async function queueDropoutAlerts(work: UnitOfWork, placementId: string): Promise<number> {
  const tx = prismaOf(work);
  const placement = await tx.placement.findUnique({
    where: { id: placementId },
    select: {
      status: true,
      seeker: {
        select: {
          household: { select: { id: true, code: true, regionCode: true, township: true, village: true, povertyStatus: true } },
        },
      },
    },
  });
  const household = placement?.seeker.household;
  if (placement?.status !== "ENDED" || !household) return 0;
  const stillWorking = await tx.placement.count({
    where: { status: { in: ["ACTIVE", "STABLE"] }, seeker: { householdId: household.id } },
  });
  if (stillWorking > 0) return 0;
  const organisations = await tx.organisation.findMany({
    where: { regionCode: { in: jurisdictionsHolding(household.regionCode) }, alertPhoneCipher: { not: null } },
    select: { id: true, alertPhoneMasked: true },
    orderBy: { regionCode: "desc" },
  });
  const text = dropoutAlertText({
    countyName: findRegion(household.regionCode)?.name ?? "",
    township: household.township,
    village: household.village,
    povertyStatus: household.povertyStatus,
    householdCode: household.code,
  });
  for (const organisation of organisations) {
    await enqueueNotification(work, {
      kind: "DROPOUT_ALERT",
      organisationId: organisation.id,
      phoneMasked: organisation.alertPhoneMasked ?? "",
      text,
    });
  }
  return organisations.length;
}
