import { FairFunnelSchema } from "@xiezuo/contracts";
import { z } from "zod";
import { sqlStatement } from "../../../lib/sql-statement.ts";
import { FAIR_OUTCOMES } from "./fair-outcomes.ts";

/** Seekers at each step of the fair $1's funnel (see FairFunnelSchema). */
export const FAIR_FUNNEL = sqlStatement<[fairId: string]>()({
  name: "reports_fair_funnel_v1",
  text: `
    WITH ${FAIR_OUTCOMES}
    SELECT
      (SELECT count(DISTINCT "seekerId")::int FROM check_ins WHERE "fairId" = $1::uuid) AS "checkedIn",
      (SELECT count(DISTINCT "seekerId")::int FROM fair_intents) AS "withIntent",
      (SELECT count(DISTINCT "seekerId")::int FROM hired) AS hired,
      (SELECT count(DISTINCT "seekerId")::int FROM on_job) AS "onTheJob",
      (SELECT count(DISTINCT "seekerId")::int FROM on_job WHERE stable) AS stable`,
  row: z.strictObject(FairFunnelSchema.shape),
});
