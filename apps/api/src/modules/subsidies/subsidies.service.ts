// Subsidies without application (免申即享): a county bureau sets a rule, runs a roster from the
// records, publishes the notice (names masked), withdraws entries after objections, approves,
// and records each payment exactly once. Every transition writes an audit row.
import {
  type CreateRosterRequest,
  type CreateSubsidyRuleRequest,
  type MySubsidy,
  maskName,
  type PaymentListResponse,
  type PaymentListUnmaskResponse,
  type RecordPaymentRequest,
  type RosterNoticeQuery,
  type SubsidyAmounts,
  type SubsidyEntry,
  type SubsidyRoster,
  type SubsidyRosterSummary,
  type SubsidyRule,
} from "@xiezuo/contracts";
import type { AuthContext } from "../../http/auth-context.ts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { formatDbDate } from "../../lib/calendar-dates.ts";
import type { Scope } from "../../lib/scope.ts";
import { buildCsv, buildXlsx, CSV_TYPE, type FileColumn, sheet, toFileNamePart, XLSX_TYPE } from "../reports/index.ts";
import type { SeekersService } from "../seekers/index.ts";
import type { SubsidiesRepository, SubsidyEntryRow, SubsidyRosterRow, SubsidyRuleRow } from "./subsidies.repository.ts";
import { computeEntries } from "./subsidy-computation.ts";

const GENDER = { MALE: "男", FEMALE: "女" } as const;

function organisationField(message: string) {
  return new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "organisationId"], message }] });
}

export function toRule(row: SubsidyRuleRow): SubsidyRule {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    kind: row.kind,
    year: row.year,
    minMonths: row.minMonths,
    povertyStatuses: row.povertyStatuses,
    amounts: row.amounts as SubsidyAmounts,
    excludeOrganisedTransfer: row.excludeOrganisedTransfer,
    createdAt: row.createdAt.toISOString(),
  };
}

interface NoticeRow {
  name: string;
  gender: string;
  village: string;
  workplace: string;
  amount: number;
}

const NOTICE_COLUMNS: readonly FileColumn<NoticeRow>[] = [
  { header: "姓名/单位", value: (r) => r.name, width: 20 },
  { header: "性别", value: (r) => r.gender, width: 6 },
  { header: "村", value: (r) => r.village, width: 20 },
  { header: "务工地/用工单位", value: (r) => r.workplace, width: 24 },
  { header: "金额（元）", value: (r) => r.amount, width: 10 },
];

export function createSubsidiesService(deps: { subsidies: SubsidiesRepository; seekers: Pick<SeekersService, "unmask"> }) {
  const { subsidies, seekers } = deps;

  async function getRule(id: string, scope: Scope) {
    const rule = await subsidies.findRule(id, scope);
    if (!rule) throw notFound("补贴规则");
    return rule;
  }

  async function getRosterRow(id: string, scope: Scope) {
    const roster = await subsidies.findRoster(id, scope);
    if (!roster) throw notFound("补贴名单");
    return roster;
  }

  async function toRoster(row: SubsidyRosterRow): Promise<SubsidyRoster> {
    const seekerIds = row.entries.flatMap((e) => (e.seekerId ? [e.seekerId] : []));
    const employerIds = row.entries.flatMap((e) => (e.employerId ? [e.employerId] : []));
    const { seekers, employers } = await subsidies.describe(seekerIds, employerIds);
    const entries = row.entries.map((e): SubsidyEntry => {
      const seeker = e.seekerId ? seekers.get(e.seekerId) : undefined;
      const employer = e.employerId ? employers.get(e.employerId) : undefined;
      return {
        id: e.id,
        seekerId: e.seekerId,
        employerId: e.employerId,
        amount: e.amount,
        placementIds: e.placementIds,
        name: seeker ? maskName(seeker.name) : (employer?.name ?? ""),
        township: seeker?.household?.township ?? null,
        village: seeker?.household?.village ?? null,
        povertyStatus: seeker?.household?.povertyStatus ?? null,
        withdrawnAt: e.withdrawnAt?.toISOString() ?? null,
        withdrawReason: e.withdrawReason,
        paidOn: e.paidOn ? formatDbDate(e.paidOn) : null,
        paymentReference: e.paymentReference,
      };
    });
    const total = row.entries.filter((e) => !e.withdrawnAt).reduce((sum, e) => sum + e.amount, 0);
    return { id: row.id, ruleId: row.ruleId, kind: row.rule.kind, asOf: formatDbDate(row.asOf), status: row.status, total, entries };
  }

  const toEntry = async (rosterRow: SubsidyRosterRow, entry: SubsidyEntryRow) =>
    (await toRoster({ ...rosterRow, entries: [entry] })).entries[0]!;

  /** Finance's list of an approved roster (empty before approval): name, masked ID number, amount, payment. */
  async function paymentList(id: string, scope: Scope): Promise<PaymentListResponse> {
    const row = await getRosterRow(id, scope);
    // Only an approved roster is paid: before approval the list is empty.
    const live = row.status === "APPROVED" ? row.entries.filter((e) => !e.withdrawnAt) : [];
    const payees = await subsidies.payees(live.flatMap((e) => (e.seekerId ? [e.seekerId] : [])));
    const { employers } = await subsidies.describe(
      [],
      live.flatMap((e) => (e.employerId ? [e.employerId] : [])),
    );
    const items = live.map((e) => {
      const payee = e.seekerId ? payees.get(e.seekerId) : undefined;
      return {
        entryId: e.id,
        name: payee?.name ?? (e.employerId ? (employers.get(e.employerId)?.name ?? "") : ""),
        idNumberMasked: payee?.idNumberMasked ?? null,
        amount: e.amount,
        paidOn: e.paidOn ? formatDbDate(e.paidOn) : null,
        paymentReference: e.paymentReference,
      };
    });
    return { total: items.reduce((sum, i) => sum + i.amount, 0), items };
  }

  return {
    /** A county bureau's ADMIN sets a rule for its bureau; a platform ADMIN names a county bureau. */
    async createRule(body: CreateSubsidyRuleRequest, auth: AuthContext): Promise<SubsidyRule> {
      const scope = auth.scope;
      let organisationId: string;
      let regionCode: string;
      if (!scope.platform) {
        if (body.organisationId && body.organisationId !== scope.organisationId) throw organisationField("只能以本单位名义设置补贴");
        organisationId = scope.organisationId;
        regionCode = scope.regionCode;
      } else {
        if (!body.organisationId) throw organisationField("平台账号须指定县级人社局");
        const organisation = await subsidies.findOrganisation(body.organisationId);
        if (!organisation) throw notFound("人社局");
        organisationId = organisation.id;
        regionCode = organisation.regionCode;
      }
      if (regionCode.endsWith("00")) throw new AppError("FORBIDDEN", "补贴规则由县级人社局设置");
      const row = await subsidies.createRule(
        {
          organisationId,
          name: body.name,
          kind: body.kind,
          year: body.year,
          minMonths: body.minMonths,
          povertyStatuses: body.povertyStatuses,
          amounts: body.amounts,
          excludeOrganisedTransfer: body.excludeOrganisedTransfer ?? false,
          createdById: auth.user.id,
        },
        auth.user.id,
      );
      return toRule(row);
    },

    async listRules(scope: Scope): Promise<SubsidyRule[]> {
      return (await subsidies.listRules(scope)).map(toRule);
    },

    async createRoster(ruleId: string, body: CreateRosterRequest, auth: AuthContext): Promise<SubsidyRoster> {
      const rule = await getRule(ruleId, auth.scope);
      const row = await subsidies.createRoster(rule, body.asOf, auth.user.id, (candidates, listed) =>
        computeEntries({
          kind: rule.kind,
          minMonths: rule.minMonths,
          amounts: rule.amounts as SubsidyAmounts,
          asOf: body.asOf,
          candidates,
          listed,
        }),
      );
      return toRoster(row);
    },

    /** A rule's rosters, newest first, with their counts and totals (entries not withdrawn). */
    async listRosters(ruleId: string, scope: Scope): Promise<SubsidyRosterSummary[]> {
      const rule = await getRule(ruleId, scope);
      const rows = await subsidies.listRosters(rule.id);
      return rows.map((r) => {
        const live = r.entries.filter((e) => !e.withdrawnAt);
        return {
          id: r.id,
          ruleId: r.ruleId,
          kind: rule.kind,
          asOf: formatDbDate(r.asOf),
          status: r.status,
          count: live.length,
          total: live.reduce((sum, e) => sum + e.amount, 0),
        };
      });
    },

    async getRoster(id: string, scope: Scope): Promise<SubsidyRoster> {
      return toRoster(await getRosterRow(id, scope));
    },

    async publish(id: string, auth: AuthContext): Promise<SubsidyRoster> {
      const row = await getRosterRow(id, auth.scope);
      const outcome = await subsidies.publishRoster(row, auth.user.id);
      if (outcome === "state") throw new AppError("CONFLICT", "只有草稿名单可以公示");
      if (outcome === "overlap") throw new AppError("CONFLICT", "名单中有人已在本规则的公示名单上，请重新生成名单");
      return toRoster(await getRosterRow(id, auth.scope));
    },

    async approve(id: string, auth: AuthContext): Promise<SubsidyRoster> {
      await getRosterRow(id, auth.scope);
      if (!(await subsidies.approveRoster(id, auth.user.id))) throw new AppError("CONFLICT", "只有公示中的名单可以审批");
      return toRoster(await getRosterRow(id, auth.scope));
    },

    async withdraw(id: string, entryId: string, reason: string, auth: AuthContext): Promise<SubsidyRoster> {
      const row = await getRosterRow(id, auth.scope);
      if (!row.entries.some((e) => e.id === entryId)) throw notFound("名单条目");
      if (!(await subsidies.withdrawEntry(id, entryId, reason, auth.user.id)))
        throw new AppError("CONFLICT", "名单已审批或该条目已撤回，不能撤回");
      return toRoster(await getRosterRow(id, auth.scope));
    },

    async pay(id: string, body: RecordPaymentRequest, auth: AuthContext): Promise<SubsidyEntry> {
      const row = await getRosterRow(id, auth.scope);
      if (!row.entries.some((e) => e.id === body.entryId)) throw notFound("名单条目");
      const outcome = await subsidies.payEntry(id, body.entryId, body.reference, body.paidOn, auth.user.id);
      if (outcome === "paid") throw new AppError("ALREADY_PAID", "这笔补贴已经发放过");
      if (outcome === "missing") throw new AppError("CONFLICT", "名单未审批或该条目已撤回，不能发放");
      return toEntry(row, outcome);
    },

    paymentList,

    /** The payment list with full ID numbers: each seeker unmasked through the seekers' audited unmask. */
    async paymentListUnmasked(id: string, reason: string, auth: AuthContext): Promise<PaymentListUnmaskResponse> {
      const list = await paymentList(id, auth.scope);
      const row = await getRosterRow(id, auth.scope);
      const seekerOf = new Map(row.entries.map((e) => [e.id, e.seekerId]));
      const items = [];
      for (const item of list.items) {
        const seekerId = seekerOf.get(item.entryId);
        const idNumber = seekerId ? (await seekers.unmask(seekerId, reason, auth.user, auth.scope)).idNumber : null;
        items.push({ ...item, idNumber });
      }
      return { total: list.total, items };
    },

    /** The public notice (公示): masked names, gender, village, work city or employer, amount. */
    async buildNotice(id: string, format: RosterNoticeQuery["format"], scope: Scope) {
      const row = await getRosterRow(id, scope);
      const live = row.entries.filter((e) => !e.withdrawnAt);
      const { seekers, employers } = await subsidies.describe(
        live.flatMap((e) => (e.seekerId ? [e.seekerId] : [])),
        live.flatMap((e) => (e.employerId ? [e.employerId] : [])),
      );
      const places = await subsidies.workCities(live.flatMap((e) => e.placementIds));
      const rows: NoticeRow[] = live.map((e) => {
        const seeker = e.seekerId ? seekers.get(e.seekerId) : undefined;
        const employer = e.employerId ? employers.get(e.employerId) : undefined;
        const place = e.placementIds.map((p) => places.get(p)).find(Boolean);
        return {
          name: seeker ? maskName(seeker.name) : (employer?.name ?? ""),
          gender: seeker ? GENDER[seeker.gender] : "",
          village: seeker?.household ? `${seeker.household.township}${seeker.household.village}` : "",
          workplace: seeker ? (place?.workCity ?? "") : (employer?.city ?? ""),
          amount: e.amount,
        };
      });
      const filename = `补贴公示-${toFileNamePart(row.rule.name)}.${format}`;
      if (format === "csv") return { contentType: CSV_TYPE, filename, data: buildCsv(NOTICE_COLUMNS, rows) };
      const data = await buildXlsx([sheet({ name: "公示", columns: NOTICE_COLUMNS, rows })]);
      return { contentType: XLSX_TYPE, filename, data };
    },

    async listMine(seekerId: string | null): Promise<MySubsidy[]> {
      if (!seekerId) return [];
      const rows = await subsidies.listForSeeker(seekerId);
      return rows.map((r) => ({
        entryId: r.id,
        ruleName: r.roster.rule.name,
        kind: r.roster.rule.kind,
        year: r.roster.rule.year,
        amount: r.amount,
        rosterStatus: r.roster.status,
        paidOn: r.paidOn ? formatDbDate(r.paidOn) : null,
      }));
    },
  };
}

export type SubsidiesService = ReturnType<typeof createSubsidiesService>;
