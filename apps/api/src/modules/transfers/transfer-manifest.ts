// The transfer's manifest (名单) as a download: one row per member, masked numbers only, in
// the bureau's words. CSV with a BOM (Excel opens the Chinese as UTF-8) or XLSX.
import { STAFF_LABELS, type TransferDetail, type TransferManifestQuery, type TransferMember } from "@xiezuo/contracts";
import { buildCsv, buildXlsx, CSV_TYPE, type FileColumn, sheet, toFileNamePart, XLSX_TYPE } from "../reports/index.ts";

const GENDER = { MALE: "男", FEMALE: "女" } as const;

export const MANIFEST_COLUMNS: readonly FileColumn<TransferMember>[] = [
  { header: "姓名", value: (m) => m.seeker.name, width: 12 },
  { header: "性别", value: (m) => GENDER[m.seeker.gender], width: 6 },
  { header: "年龄", value: (m) => m.seeker.age, width: 6 },
  { header: "身份证号", value: (m) => m.seeker.idNumberMasked, width: 22 },
  { header: "手机号", value: (m) => m.seeker.phoneMasked, width: 14 },
  { header: "乡镇", value: (m) => m.seeker.township ?? "", width: 14 },
  { header: "村", value: (m) => m.seeker.village ?? "", width: 14 },
  { header: "状态", value: (m) => STAFF_LABELS.transferMemberState[m.state], width: 10 },
  { header: "异常原因", value: (m) => (m.exceptionReason ? STAFF_LABELS.transferExceptionReason[m.exceptionReason] : ""), width: 16 },
];

export interface ManifestFile {
  contentType: string;
  filename: string;
  data: Buffer | string;
}

export async function buildManifestFile(transfer: TransferDetail, format: TransferManifestQuery["format"]): Promise<ManifestFile> {
  const filename = `转移名单-${toFileNamePart(transfer.title)}.${format}`;
  if (format === "csv") return { contentType: CSV_TYPE, filename, data: buildCsv(MANIFEST_COLUMNS, transfer.members) };
  const data = await buildXlsx([sheet({ name: "名单", columns: MANIFEST_COLUMNS, rows: transfer.members })]);
  return { contentType: XLSX_TYPE, filename, data };
}
