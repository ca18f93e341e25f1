import { describe, expect, it } from "vitest";
import { PovertyStatusSchema } from "./common.ts";
import { FairStatusSchema } from "./fairs.ts";
import { POVERTY_STATUS_WORDS } from "./households.ts";
import { IntentStatusSchema } from "./intents.ts";
import { SEEKER_LABELS, SMS_LABELS, STAFF_LABELS } from "./labels.ts";
import { NotificationKindSchema, NotificationStatusSchema } from "./notifications.ts";
import { PlacementChannelSchema, PlacementStatusSchema } from "./placements.ts";
import { SubsidyKindSchema, SubsidyRosterStatusSchema } from "./subsidies.ts";
import { TransferExceptionReasonSchema, TransferMemberStateSchema, TransferStatusSchema, TransportModeSchema } from "./transfers.ts";

describe("label catalogues", () => {
  it("have words, not blanks, for every value of every enum", () => {
    const tables: [readonly string[], Record<string, string>][] = [
      [IntentStatusSchema.options, STAFF_LABELS.intentStatus],
      [PlacementStatusSchema.options, STAFF_LABELS.placementStatus],
      [PlacementChannelSchema.options, STAFF_LABELS.placementChannel],
      [PovertyStatusSchema.options, STAFF_LABELS.povertyStatus],
      [FairStatusSchema.options, STAFF_LABELS.fairStatus],
      [NotificationKindSchema.options, STAFF_LABELS.notificationKind],
      [NotificationStatusSchema.options, STAFF_LABELS.notificationStatus],
      [TransferStatusSchema.options, STAFF_LABELS.transferStatus],
      [TransferMemberStateSchema.options, STAFF_LABELS.transferMemberState],
      [TransferExceptionReasonSchema.options, STAFF_LABELS.transferExceptionReason],
      [TransportModeSchema.options, STAFF_LABELS.transportMode],
      [SubsidyKindSchema.options, STAFF_LABELS.subsidyKind],
      [SubsidyRosterStatusSchema.options, STAFF_LABELS.subsidyRosterStatus],
      [IntentStatusSchema.options, SEEKER_LABELS.intentStatus],
      [SubsidyKindSchema.options, SEEKER_LABELS.subsidyKind],
      [IntentStatusSchema.options, SMS_LABELS.intentStatus],
    ];
    for (const [values, words] of tables) {
      expect(Object.keys(words).sort()).toEqual([...values].sort());
      for (const value of values) expect(words[value]?.trim()).not.toBe("");
    }
  });

  it("say in a text message what the seeker's page says", () => {
    expect(SMS_LABELS.intentStatus).toEqual(SEEKER_LABELS.intentStatus);
  });

  it("give the household import the staff's word for each category first", () => {
    for (const status of PovertyStatusSchema.options) expect(POVERTY_STATUS_WORDS[status][0]).toBe(STAFF_LABELS.povertyStatus[status]);
  });
});
