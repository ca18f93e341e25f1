// Planning an organised transfer (组织化输出): the exporting bureau creates it and lists its
// people; whoever may read it sees the list, its counts and the manifest. The movements
// (boarding, departure, arrival, exceptions) are in transfer-movements.service.ts.
import type {
  AddTransferMembersResponse,
  CreateTransferRequest,
  ErrorCode,
  TransferDetail,
  TransferListQuery,
  TransferListResponse,
  TransferManifestQuery,
  TransferMemberResponse,
  TransferSeeker,
} from "@xiezuo/contracts";
import type { AuthContext } from "../../http/auth-context.ts";
import { AppError, notFound } from "../../lib/app-error.ts";
import { toChinaDate } from "../../lib/calendar-dates.ts";
import type { Clock } from "../../lib/clock.ts";
import { organisationScope, type Scope } from "../../lib/scope.ts";
import { buildManifestFile, type ManifestFile } from "./transfer-manifest.ts";
import { createTransferMovements, type TransferMovementDeps } from "./transfer-movements.service.ts";
import { createTransferReads } from "./transfer-reads.ts";
import { exportAccess, readAccess } from "./transfer-scope.ts";
import { NO_MEMBERS, toTransfer, toTransferSeeker } from "./transfer-view.ts";
import type { TransferRow } from "./transfers.repository.ts";

const departed = () => new AppError("CONFLICT", "该批次已出发，不能再添加人员");

function organisationField(message: string) {
  return new AppError("VALIDATION_FAILED", message, { issues: [{ path: ["body", "organisationId"], message }] });
}

/** Who may be listed is the planning organisation's jurisdiction, whoever does the listing. */
const listableBy = (row: TransferRow): Scope => organisationScope(row.organisationId, row.organisation.regionCode);

export function createTransfersService(deps: TransferMovementDeps & { clock: Clock }) {
  const { transfers, clock, announcer } = deps;
  const reads = createTransferReads(transfers, clock);
  const { getTransferRow, toDetail } = reads;

  /** A bureau plans for itself; a platform account names the bureau. */
  async function plannerOf(organisationId: string | undefined, scope: Scope): Promise<string> {
    if (!scope.platform) {
      if (organisationId && organisationId !== scope.organisationId) throw organisationField("只能以本单位名义组织输出");
      return scope.organisationId;
    }
    if (!organisationId) throw organisationField("平台账号须指定组织输出的人社局");
    if (!(await transfers.findOrganisation(organisationId))) throw notFound("人社局");
    return organisationId;
  }

  /** Lists the people (all visible to the organisation, else 404 and nothing written). */
  async function listPeople(row: TransferRow, seekerIds: string[]) {
    const unique = [...new Set(seekerIds)];
    const visible = await transfers.visibleSeekerIds(unique, listableBy(row));
    if (visible.size !== unique.length) throw notFound("求职者");
    const outcome = await transfers.insertMembers(row.id, unique);
    if (outcome.added.length > 0) announcer.changed(row.id);
    return outcome;
  }

  return {
    ...createTransferMovements({ ...deps, reads }),

    async create(input: CreateTransferRequest, auth: AuthContext): Promise<TransferDetail> {
      const organisationId = await plannerOf(input.organisationId, auth.scope);
      if (input.employerId && !(await transfers.employerExists(input.employerId))) throw notFound("用人单位");
      const row = await transfers.createTransfer({
        organisationId,
        title: input.title,
        departsAt: new Date(input.departsAt),
        transport: input.transport,
        destinationRegionCode: input.destinationRegionCode,
        employerId: input.employerId ?? null,
        createdById: auth.user.id,
      });
      return { ...toTransfer(row, NO_MEMBERS), members: [] };
    },

    async list(query: TransferListQuery, auth: AuthContext): Promise<TransferListResponse> {
      const { rows, total } = await transfers.listTransfers(query, readAccess(auth));
      const counts = await transfers.countsOf(rows.map((r) => r.id));
      return { transfers: rows.map((row) => toTransfer(row, counts.get(row.id) ?? NO_MEMBERS)), total };
    },

    async get(id: string, auth: AuthContext): Promise<TransferDetail> {
      return toDetail(await getTransferRow(id, readAccess(auth)));
    },

    async addMember(id: string, seekerId: string, scope: Scope): Promise<TransferMemberResponse> {
      const row = await getTransferRow(id, exportAccess(scope));
      const { planned, added } = await listPeople(row, [seekerId]);
      if (added.length === 1) return { member: { seekerId, state: "LISTED" }, duplicate: false };
      const member = await transfers.findMember(id, seekerId);
      if (!member) throw planned ? new AppError("CONFLICT", "名单已变化，请重试") : departed();
      return { member: { seekerId, state: member.state }, duplicate: true };
    },

    async addMembers(id: string, seekerIds: string[], scope: Scope): Promise<AddTransferMembersResponse> {
      const row = await getTransferRow(id, exportAccess(scope));
      const { planned, added } = await listPeople(row, seekerIds);
      if (!planned) throw departed();
      return { added: added.length, duplicates: seekerIds.length - added.length };
    },

    async listCandidates(id: string, scope: Scope): Promise<TransferSeeker[]> {
      const row = await getTransferRow(id, exportAccess(scope));
      const today = toChinaDate(clock.now());
      return (await transfers.findCandidates(id, listableBy(row))).map((seeker) => toTransferSeeker(seeker, today));
    },

    async buildManifest(id: string, format: TransferManifestQuery["format"], auth: AuthContext): Promise<ManifestFile> {
      return buildManifestFile(await toDetail(await getTransferRow(id, readAccess(auth))), format);
    },

    /** Who may watch the transfer's live counts: whoever may read it; never a job seeker. */
    async canWatchTransfer(auth: AuthContext, id: string): Promise<ErrorCode | null> {
      if (auth.user.role === "SEEKER") return "FORBIDDEN";
      return (await transfers.findTransfer(id, readAccess(auth))) ? null : "NOT_FOUND";
    },
  };
}

export type TransfersService = ReturnType<typeof createTransfersService>;
