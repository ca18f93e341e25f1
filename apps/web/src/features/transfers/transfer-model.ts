import {
  inJurisdiction,
  type Organisation,
  regionPath,
  STAFF_LABELS,
  type Transfer,
  type TransferCounts,
  type TransferDetail,
  type TransferMember,
  type TransferSeeker,
} from "@xiezuo/contracts";

/** The five figures of a transfer, in the order the page shows them. */
export const COUNT_TILES: readonly { field: keyof TransferCounts; label: string }[] = [
  { field: "listed", label: STAFF_LABELS.transferMemberState.LISTED },
  { field: "boarded", label: STAFF_LABELS.transferMemberState.BOARDED },
  { field: "arrived", label: STAFF_LABELS.transferMemberState.ARRIVED },
  { field: "noShow", label: STAFF_LABELS.transferMemberState.NO_SHOW },
  { field: "exceptions", label: STAFF_LABELS.transferMemberState.EXCEPTION },
];

/** Everyone on the list, whatever became of them (each member is in exactly one state). */
export function countMembers(counts: TransferCounts): number {
  return counts.listed + counts.boarded + counts.arrived + counts.noShow + counts.exceptions;
}

/** "山东省 济南市 · 某某电子有限公司": where the people go, and to whom when it is one employer. */ export function describeDestination(
  transfer: Pick<Transfer, "destinationRegionCode" | "employerName">,
): string {
  const place = regionPath(transfer.destinationRegionCode);
  return transfer.employerName ? `${place} · ${transfer.employerName}` : place;
}

/** "古阳镇 · 白竹村"; what is known of the two. */
export function describeHome(seeker: Pick<TransferSeeker, "township" | "village">): string {
  return [seeker.township, seeker.village].filter(Boolean).join(" · ") || "—";
}

/** An exception's reason and note ("途中离队：家中有事"), or "" when there is none. */
export function describeReason(member: Pick<TransferMember, "state" | "exceptionReason" | "note">): string {
  const reason = member.exceptionReason ? STAFF_LABELS.transferExceptionReason[member.exceptionReason] : "";
  return [reason, member.note ?? ""].filter(Boolean).join("：");
}

/** What a row of the member list offers. */
export interface MemberActions {
  /** 到达确认: someone who travelled (boarded) has arrived. */
  canConfirmArrival: boolean;
  /** 异常: a reason for someone who did not go or did not stay. */
  canReportException: boolean;
}

export function getMemberActions(transfer: Pick<Transfer, "status">, member: Pick<TransferMember, "state">): MemberActions {
  return {
    // Arrival follows the departure (the API refuses it before).
    canConfirmArrival: transfer.status === "DEPARTED" && member.state === "BOARDED",
    canReportException: member.state !== "EXCEPTION",
  };
}

/** Planning work (the list, boarding, departure) is the exporting side's; the destination side only reads and records arrivals. */
export function canRunTransfer(
  me: { organisationId: string | null },
  transfer: Pick<Transfer, "organisationId">,
  organisations: readonly Pick<Organisation, "id" | "regionCode">[] | null,
): boolean {
  if (me.organisationId === null || me.organisationId === transfer.organisationId) return true;
  const mine = organisations?.find((o) => o.id === me.organisationId);
  const theirs = organisations?.find((o) => o.id === transfer.organisationId);
  // Not known yet: offer the buttons, the API decides.
  if (!mine || !theirs) return true;
  return inJurisdiction(theirs.regionCode, mine.regionCode);
}

/** Members in list order: still waiting first (the ones to call), then by name. */
export function sortMembers(members: readonly TransferMember[]): TransferMember[] {
  const order: Record<TransferMember["state"], number> = { LISTED: 0, BOARDED: 1, ARRIVED: 2, NO_SHOW: 3, EXCEPTION: 4 };
  return [...members].sort((a, b) => order[a.state] - order[b.state] || a.seeker.name.localeCompare(b.seeker.name, "zh-CN"));
}

/** The member a boarding answer names, as far as the loaded list knows them. */
export function findMember(transfer: Pick<TransferDetail, "members"> | null, seekerId: string): TransferMember | null {
  return transfer?.members.find((member) => member.seekerId === seekerId) ?? null;
}

/** The manifest file: a plain link (the session cookie goes along); the transfer's id is its only parameter. */
export function manifestUrl(transferId: string, format: "csv" | "xlsx"): string {
  return `/api/transfers/${encodeURIComponent(transferId)}/manifest?format=${format}`;
}

/** The departure question: how many still waiting people the departure turns into no-shows. */
export function describeDeparture(counts: TransferCounts): string {
  if (counts.listed === 0) return "名单上的人都已上车。发车后就不能再扫码上车或添加人员。";
  return `还有 ${counts.listed} 人没有上车。发车后，没上车的人都记为「${STAFF_LABELS.transferMemberState.NO_SHOW}」，也不能再扫码上车或添加人员。`;
}

/** Picked candidates: select one, select all, and what "select all" shows. */
export function toggleSelected(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

export function toggleAll(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  return ids.length > 0 && ids.every((id) => selected.has(id)) ? new Set() : new Set(ids);
}

export function getSelectAllState(selected: ReadonlySet<string>, ids: readonly string[]): "none" | "some" | "all" {
  const count = ids.filter((id) => selected.has(id)).length;
  if (count === 0) return "none";
  return count === ids.length ? "all" : "some";
}

/** What a bulk add came to, in words. */
export function describeAdded(result: { added: number; duplicates: number }): string {
  const parts = [`已添加 ${result.added} 人`];
  if (result.duplicates > 0) parts.push(`${result.duplicates} 人已在名单上`);
  return parts.join("，");
}

/** Requests of at most `size` ids each (the API takes MAX_TRANSFER_BULK_MEMBERS at a time). */
export function splitIntoBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * What the boarding desk keeps for a start without network (lib/query-client's offline copy):
 * the transfer's own facts and figures, never its people.
 */
export type TransferFacts = Pick<
  Transfer,
  "id" | "title" | "status" | "departsAt" | "departedAt" | "transport" | "destinationRegionCode" | "employerName" | "counts"
>;

export function pickFacts(transfer: Transfer): TransferFacts {
  const { id, title, status, departsAt, departedAt, transport, destinationRegionCode, employerName, counts } = transfer;
  return { id, title, status, departsAt, departedAt, transport, destinationRegionCode, employerName, counts };
}
