// Subsidy rules, rosters and entries (免申即享). A roster run holds a transaction-level advisory
// lock per rule while it reads who is already listed and writes its entries, and so do
// publishing and paying: two runs at once give one list, and nobody is paid twice.
import { jurisdictionPrefix } from "@xiezuo/contracts";
import type { Db, Prisma } from "../../lib/prisma.ts";
import { prefixRange, regionCondition, type Scope } from "../../lib/scope.ts";
import { queryRows, type RowOf } from "../../lib/sql-statement.ts";
import { SUBSIDY_CANDIDATES, SUBSIDY_RULE_LOCK } from "./sql/subsidy-candidates.sql.ts";

export type CandidateRow = RowOf<typeof SUBSIDY_CANDIDATES>;
export interface EntryDraft {
  seekerId: string | null;
  employerId: string | null;
  amount: number;
  placementIds: string[];
}

const RULE_VIEW = {
  id: true,
  organisationId: true,
  name: true,
  kind: true,
  year: true,
  minMonths: true,
  povertyStatuses: true,
  amounts: true,
  excludeOrganisedTransfer: true,
  createdAt: true,
  organisation: { select: { regionCode: true } },
} satisfies Prisma.SubsidyRuleSelect;
export type SubsidyRuleRow = Prisma.SubsidyRuleGetPayload<{ select: typeof RULE_VIEW }>;

const ENTRY_VIEW = {
  id: true,
  seekerId: true,
  employerId: true,
  amount: true,
  placementIds: true,
  withdrawnAt: true,
  withdrawReason: true,
  paidAt: true,
  paidOn: true,
  paymentReference: true,
} satisfies Prisma.SubsidyEntrySelect;
export type SubsidyEntryRow = Prisma.SubsidyEntryGetPayload<{ select: typeof ENTRY_VIEW }>;

const ROSTER_VIEW = {
  id: true,
  ruleId: true,
  asOf: true,
  status: true,
  rule: { select: RULE_VIEW },
  entries: { select: ENTRY_VIEW, orderBy: [{ amount: "desc" as const }, { id: "asc" as const }] },
} satisfies Prisma.SubsidyRosterSelect;
export type SubsidyRosterRow = Prisma.SubsidyRosterGetPayload<{ select: typeof ROSTER_VIEW }>;

/** Rules of organisations whose region lies in the scope (the platform: all). */
function rulesIn(scope: Scope): Prisma.SubsidyRuleWhereInput {
  const regions = regionCondition(scope);
  return regions ? { organisation: { regionCode: regions } } : {};
}

/** Entries written per INSERT (5 columns each, well under PostgreSQL's 65,535 parameters). */
const ENTRY_BATCH = 2000;
/** A roster run of a county of 100,000 workers takes seconds, more than an interactive transaction's default 5 s. */
const ROSTER_RUN = { timeout: 120_000, maxWait: 10_000 };

export interface Audit {
  actorUserId: string;
  action: string;
  entityType: string;
  entityId: string;
  reason?: string;
  data?: Prisma.InputJsonValue;
}

export function createSubsidiesRepository(db: Db) {
  const audit = (tx: Prisma.TransactionClient, a: Audit) =>
    tx.auditLog.create({
      data: {
        actorUserId: a.actorUserId,
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        reason: a.reason ?? null,
        ...(a.data === undefined ? {} : { data: a.data }),
      },
    });
  const lockRule = (tx: Prisma.TransactionClient, ruleId: string) => queryRows(tx, SUBSIDY_RULE_LOCK, ruleId);

  return {
    findOrganisation: (id: string) => db.organisation.findUnique({ where: { id }, select: { id: true, regionCode: true } }),

    createRule: (data: Prisma.SubsidyRuleUncheckedCreateInput, actorUserId: string) =>
      db.$transaction(async (tx) => {
        const rule = await tx.subsidyRule.create({ data, select: RULE_VIEW });
        await audit(tx, { actorUserId, action: "subsidy-rule.create", entityType: "subsidy-rule", entityId: rule.id });
        return rule;
      }),

    listRules: (scope: Scope) => db.subsidyRule.findMany({ where: rulesIn(scope), select: RULE_VIEW, orderBy: { createdAt: "desc" } }),

    findRule: (id: string, scope: Scope) => db.subsidyRule.findFirst({ where: { id, ...rulesIn(scope) }, select: RULE_VIEW }),

    /** The rule's rosters (the caller checked the rule's scope), newest first, amounts of their entries. */
    listRosters: (ruleId: string) =>
      db.subsidyRoster.findMany({
        where: { ruleId },
        select: { id: true, ruleId: true, asOf: true, status: true, entries: { select: { amount: true, withdrawnAt: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),

    findRoster: (id: string, scope: Scope) => db.subsidyRoster.findFirst({ where: { id, rule: rulesIn(scope) }, select: ROSTER_VIEW }),

    /**
     * Under the rule's lock: the candidates as of `asOf`, who is already on a published,
     * approved or paid entry of the rule (not withdrawn), and the roster built from them.
     */
    createRoster: (
      rule: SubsidyRuleRow,
      asOf: string,
      actorUserId: string,
      build: (candidates: CandidateRow[], listed: { seekerIds: Set<string>; employerIds: Set<string> }) => EntryDraft[],
    ) =>
      db.$transaction(async (tx) => {
        await lockRule(tx, rule.id);
        const { gte, lt } = prefixRange(jurisdictionPrefix(rule.organisation.regionCode));
        const candidates = await queryRows(
          tx,
          SUBSIDY_CANDIDATES,
          gte,
          lt,
          rule.povertyStatuses,
          rule.year,
          asOf,
          rule.excludeOrganisedTransfer,
        );
        const taken = await tx.subsidyEntry.findMany({
          where: {
            ruleId: rule.id,
            withdrawnAt: null,
            OR: [{ roster: { status: { in: ["PUBLISHED", "APPROVED"] } } }, { paidAt: { not: null } }],
          },
          select: { seekerId: true, employerId: true },
        });
        const listed = {
          seekerIds: new Set(taken.flatMap((t) => (t.seekerId ? [t.seekerId] : []))),
          employerIds: new Set(taken.flatMap((t) => (t.employerId ? [t.employerId] : []))),
        };
        const entries = build(candidates, listed);
        const roster = await tx.subsidyRoster.create({
          data: { ruleId: rule.id, asOf: new Date(`${asOf}T00:00:00Z`) },
          select: { id: true },
        });
        // In sequential batches: a county's roster runs to tens of thousands of entries, more than
        // one statement's parameters (a nested create split them into statements that raced the roster row).
        for (let i = 0; i < entries.length; i += ENTRY_BATCH) {
          await tx.subsidyEntry.createMany({
            data: entries.slice(i, i + ENTRY_BATCH).map((e) => ({ ...e, ruleId: rule.id, rosterId: roster.id })),
          });
        }
        await audit(tx, {
          actorUserId,
          action: "subsidy-roster.create",
          entityType: "subsidy-roster",
          entityId: roster.id,
          data: { asOf, entries: entries.length },
        });
        return tx.subsidyRoster.findUniqueOrThrow({ where: { id: roster.id }, select: ROSTER_VIEW });
      }, ROSTER_RUN),

    /**
     * DRAFT → PUBLISHED under the rule's lock; refused (false) when one of its beneficiaries
     * is meanwhile on another published/approved/paid entry of the rule.
     */
    publishRoster: (roster: SubsidyRosterRow, actorUserId: string) =>
      db.$transaction(async (tx): Promise<"published" | "state" | "overlap"> => {
        await lockRule(tx, roster.ruleId);
        const live = roster.entries.filter((e) => !e.withdrawnAt);
        const overlap = await tx.subsidyEntry.count({
          where: {
            ruleId: roster.ruleId,
            rosterId: { not: roster.id },
            withdrawnAt: null,
            OR: [{ roster: { status: { in: ["PUBLISHED", "APPROVED"] } } }, { paidAt: { not: null } }],
            AND: [
              {
                OR: [
                  { seekerId: { in: live.flatMap((e) => (e.seekerId ? [e.seekerId] : [])) } },
                  { employerId: { in: live.flatMap((e) => (e.employerId ? [e.employerId] : [])) } },
                ],
              },
            ],
          },
        });
        if (overlap > 0) return "overlap";
        const moved = await tx.subsidyRoster.updateMany({
          where: { id: roster.id, status: "DRAFT" },
          data: { status: "PUBLISHED", publishedAt: new Date() },
        });
        if (moved.count === 0) return "state";
        await audit(tx, { actorUserId, action: "subsidy-roster.publish", entityType: "subsidy-roster", entityId: roster.id });
        return "published";
      }),

    approveRoster: (rosterId: string, actorUserId: string) =>
      db.$transaction(async (tx) => {
        const moved = await tx.subsidyRoster.updateMany({
          where: { id: rosterId, status: "PUBLISHED" },
          data: { status: "APPROVED", approvedAt: new Date() },
        });
        if (moved.count === 0) return false;
        await audit(tx, { actorUserId, action: "subsidy-roster.approve", entityType: "subsidy-roster", entityId: rosterId });
        return true;
      }),

    /** Withdraws an entry of a roster not yet approved; false when the roster moved on or the entry is gone. */
    withdrawEntry: (rosterId: string, entryId: string, reason: string, actorUserId: string) =>
      db.$transaction(async (tx) => {
        const moved = await tx.subsidyEntry.updateMany({
          where: { id: entryId, rosterId, withdrawnAt: null, roster: { status: { in: ["DRAFT", "PUBLISHED"] } } },
          data: { withdrawnAt: new Date(), withdrawReason: reason },
        });
        if (moved.count === 0) return false;
        await audit(tx, { actorUserId, action: "subsidy-entry.withdraw", entityType: "subsidy-entry", entityId: entryId, reason });
        return true;
      }),

    /** Pays an unpaid entry of an approved roster: one conditional UPDATE, so a second payment moves nothing. */
    payEntry: (rosterId: string, entryId: string, reference: string, paidOn: string, actorUserId: string) =>
      db.$transaction(async (tx): Promise<SubsidyEntryRow | "paid" | "missing"> => {
        const moved = await tx.subsidyEntry.updateMany({
          where: { id: entryId, rosterId, withdrawnAt: null, paidAt: null, roster: { status: "APPROVED" } },
          data: { paidAt: new Date(), paymentReference: reference, paidOn: new Date(`${paidOn}T00:00:00Z`) },
        });
        if (moved.count === 0) {
          const entry = await tx.subsidyEntry.findFirst({ where: { id: entryId, rosterId }, select: { paidAt: true } });
          return entry?.paidAt ? "paid" : "missing";
        }
        await audit(tx, {
          actorUserId,
          action: "subsidy-entry.pay",
          entityType: "subsidy-entry",
          entityId: entryId,
          data: { reference, paidOn },
        });
        return tx.subsidyEntry.findUniqueOrThrow({ where: { id: entryId }, select: ENTRY_VIEW });
      }),

    /** Names, genders and places of a roster's people and employers, for views and the notice. */
    async describe(seekerIds: string[], employerIds: string[]) {
      const [seekers, employers] = await Promise.all([
        db.seeker.findMany({
          where: { id: { in: seekerIds } },
          select: { id: true, name: true, gender: true, household: { select: { township: true, village: true, povertyStatus: true } } },
        }),
        db.employer.findMany({ where: { id: { in: employerIds } }, select: { id: true, name: true, city: true } }),
      ]);
      return { seekers: new Map(seekers.map((s) => [s.id, s])), employers: new Map(employers.map((e) => [e.id, e])) };
    },

    /** Full names and masked ID numbers of the seekers, for the finance payment list. */
    async payees(seekerIds: string[]) {
      const rows = await db.seeker.findMany({ where: { id: { in: seekerIds } }, select: { id: true, name: true, idNumberMasked: true } });
      return new Map(rows.map((r) => [r.id, r]));
    },

    /** Work cities of placements. */
    async workCities(placementIds: string[]) {
      const rows = await db.placement.findMany({
        where: { id: { in: placementIds } },
        select: { id: true, workCity: true, employer: { select: { name: true } } },
      });
      return new Map(rows.map((r) => [r.id, r]));
    },

    /** The seeker's own entries of published or approved rosters, not withdrawn. */
    listForSeeker: (seekerId: string) =>
      db.subsidyEntry.findMany({
        where: { seekerId, withdrawnAt: null, roster: { status: { in: ["PUBLISHED", "APPROVED"] } } },
        select: {
          id: true,
          amount: true,
          paidOn: true,
          roster: { select: { status: true, rule: { select: { name: true, kind: true, year: true } } } },
        },
        orderBy: { id: "asc" },
      }),
  };
}

export type SubsidiesRepository = ReturnType<typeof createSubsidiesRepository>;
