import type { TransferCounts, TransferExceptionReason, TransferListQuery, TransportMode } from "@xiezuo/contracts";
import { type Db, type Prisma, sqlPool } from "../../lib/prisma.ts";
import { regionScopeValues, type Scope } from "../../lib/scope.ts";
import { queryPrepared } from "../../lib/sql-statement.ts";
import { SEEKER_BRIEF_SELECT } from "../intents/index.ts";
import { visibleSeekers } from "../seekers/index.ts";
import { TRANSFER_BOARDING } from "./sql/transfer-boarding.sql.ts";
import { TRANSFER_BOARDING_OUTCOME } from "./sql/transfer-boarding-outcome.sql.ts";
import { TRANSFER_COUNTS } from "./sql/transfer-counts.sql.ts";
import { TRANSFER_MEMBERS_INSERT } from "./sql/transfer-members-insert.sql.ts";
import { type TransferAccess, transferCondition } from "./transfer-scope.ts";

const TRANSFER_VIEW = {
  id: true,
  title: true,
  status: true,
  organisationId: true,
  departsAt: true,
  departedAt: true,
  transport: true,
  destinationRegionCode: true,
  employerId: true,
  createdAt: true,
  employer: { select: { name: true } },
  organisation: { select: { regionCode: true } },
} satisfies Prisma.TransferSelect;

/** The masked brief, with the household's township and village. */
export const TRANSFER_SEEKER_SELECT = {
  ...SEEKER_BRIEF_SELECT,
  household: { select: { povertyStatus: true, township: true, village: true } },
} satisfies Prisma.SeekerSelect;

const MEMBER_VIEW = {
  seekerId: true,
  state: true,
  boardedAt: true,
  arrivedOn: true,
  exceptionReason: true,
  note: true,
  seeker: { select: TRANSFER_SEEKER_SELECT },
} satisfies Prisma.TransferMemberSelect;

export type TransferRow = Prisma.TransferGetPayload<{ select: typeof TRANSFER_VIEW }>;
export type MemberRow = Prisma.TransferMemberGetPayload<{ select: typeof MEMBER_VIEW }>;
export type TransferSeekerRow = Prisma.SeekerGetPayload<{ select: typeof TRANSFER_SEEKER_SELECT }>;

export interface NewTransfer {
  organisationId: string;
  title: string;
  departsAt: Date;
  transport: TransportMode;
  destinationRegionCode: string;
  employerId: string | null;
  createdById: string;
}

/** Seekers the organisation may list from its hired people (cap of one candidates answer). */
const MAX_CANDIDATES = 500;

export function createTransfersRepository(db: Db) {
  // The boarding desk's path runs as named prepared statements on the pool, as check-ins do.
  const pool = sqlPool(db);

  return {
    findOrganisation: (id: string) => db.organisation.findUnique({ where: { id }, select: { id: true, regionCode: true } }),
    employerExists: async (id: string) => (await db.employer.count({ where: { id } })) > 0,

    async createTransfer(data: NewTransfer): Promise<TransferRow> {
      return db.transfer.create({ data, select: TRANSFER_VIEW });
    },

    /** The transfer when the access rule (transfer-scope.ts) lets the caller see it. */
    findTransfer: (id: string, access: TransferAccess): Promise<TransferRow | null> =>
      db.transfer.findFirst({ where: { AND: [{ id }, transferCondition(access)] }, select: TRANSFER_VIEW }),

    async listTransfers(query: TransferListQuery, access: TransferAccess) {
      const filter: Prisma.TransferWhereInput = { AND: [transferCondition(access), query.status ? { status: query.status } : {}] };
      const [rows, total] = await Promise.all([
        db.transfer.findMany({
          where: filter,
          select: TRANSFER_VIEW,
          orderBy: [{ departsAt: "desc" }, { id: "asc" }],
          take: query.limit,
          skip: query.offset,
        }),
        db.transfer.count({ where: filter }),
      ]);
      return { rows, total };
    },

    /** Counts by current state per transfer; transfers without members are missing from the map. */
    async countsOf(transferIds: string[]): Promise<Map<string, TransferCounts>> {
      const rows = transferIds.length === 0 ? [] : await queryPrepared(pool, TRANSFER_COUNTS, transferIds);
      return new Map(rows.map(({ transferId, ...counts }) => [transferId, counts]));
    },

    /** One transfer's counts (a transfer without members counts zeros). */
    async countMembers(transferId: string): Promise<TransferCounts> {
      const [row] = await queryPrepared(pool, TRANSFER_COUNTS, [transferId]);
      return {
        listed: row?.listed ?? 0,
        boarded: row?.boarded ?? 0,
        arrived: row?.arrived ?? 0,
        noShow: row?.noShow ?? 0,
        exceptions: row?.exceptions ?? 0,
      };
    },

    findMembers: (transferId: string): Promise<MemberRow[]> =>
      db.transferMember.findMany({ where: { transferId }, select: MEMBER_VIEW, orderBy: [{ listedAt: "asc" }, { seekerId: "asc" }] }),

    findMember: (transferId: string, seekerId: string) =>
      db.transferMember.findUnique({
        where: { transferId_seekerId: { transferId, seekerId } },
        select: { state: true, exceptionReason: true, note: true },
      }),

    /** Which of `seekerIds` the organisation's scope may see (seekers/seeker-scope.ts). */
    async visibleSeekerIds(seekerIds: string[], organisationScope: Scope): Promise<Set<string>> {
      const rows = await db.seeker.findMany({
        where: { AND: [{ id: { in: seekerIds } }, visibleSeekers(organisationScope)] },
        select: { id: true },
      });
      return new Set(rows.map((r) => r.id));
    },

    /** Inserts the members of a PLANNED transfer; `planned` false: departed meanwhile, nothing written. */
    async insertMembers(transferId: string, seekerIds: string[]): Promise<{ planned: boolean; added: string[] }> {
      const [row] = await queryPrepared(pool, TRANSFER_MEMBERS_INSERT, transferId, seekerIds);
      if (!row) throw new Error("member insert returned no row");
      return row;
    },

    /** Hired people of the organisation's jurisdiction not yet on this transfer (masked briefs). */
    findCandidates: (transferId: string, organisationScope: Scope): Promise<TransferSeekerRow[]> =>
      db.seeker.findMany({
        where: {
          AND: [
            visibleSeekers(organisationScope),
            { OR: [{ intents: { some: { status: "HIRED" } } }, { placements: { some: { status: { in: ["ACTIVE", "STABLE"] } } } }] },
            { transfers: { none: { transferId } } },
          ],
        },
        select: TRANSFER_SEEKER_SELECT,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: MAX_CANDIDATES,
      }),

    /** One statement (sql/transfer-boarding.sql.ts): `boarded` when this scan moved the member. */
    async board(input: { transferId: string; seekerId: string | null; clientRequestId: string; at: Date; scope: Scope }) {
      const [row] = await queryPrepared(
        pool,
        TRANSFER_BOARDING,
        input.transferId,
        input.seekerId,
        input.clientRequestId,
        input.at,
        ...regionScopeValues(input.scope),
      );
      if (!row) throw new Error("boarding statement returned no row");
      return row;
    },

    async boardingOutcome(transferId: string, clientRequestId: string, seekerId: string | null) {
      const [row] = await queryPrepared(pool, TRANSFER_BOARDING_OUTCOME, transferId, clientRequestId, seekerId);
      if (!row) throw new Error("boarding outcome returned no row");
      return row;
    },

    /**
     * PLANNED → DEPARTED and every member still LISTED → NO_SHOW, in one transaction. The status
     * condition is re-checked by the UPDATE itself, so of two departures only one succeeds.
     */
    depart(transferId: string, at: Date): Promise<boolean> {
      return db.$transaction(async (tx) => {
        const { count } = await tx.transfer.updateMany({
          where: { id: transferId, status: "PLANNED" },
          data: { status: "DEPARTED", departedAt: at },
        });
        if (count === 0) return false;
        await tx.transferMember.updateMany({ where: { transferId, state: "LISTED" }, data: { state: "NO_SHOW" } });
        return true;
      });
    },

    /** BOARDED → ARRIVED; false when the member was in another state (or is not on the list). */
    async markArrived(transferId: string, seekerId: string, arrivedOn: Date): Promise<boolean> {
      const { count } = await db.transferMember.updateMany({
        where: { transferId, seekerId, state: "BOARDED" },
        data: { state: "ARRIVED", arrivedOn },
      });
      return count > 0;
    },

    /** Any state → EXCEPTION with its reason (the service has read what it was). */
    async markException(transferId: string, seekerId: string, reason: TransferExceptionReason, note: string | null): Promise<boolean> {
      const { count } = await db.transferMember.updateMany({
        where: { transferId, seekerId },
        data: { state: "EXCEPTION", exceptionReason: reason, note },
      });
      return count > 0;
    },
  };
}

export type TransfersRepository = ReturnType<typeof createTransfersRepository>;
