const ACCEPTED_EXTENSIONS = [".csv", ".xlsx"];

/** Checks a sheet (CSV or XLSX) before uploading: a reason in Chinese, or null when the file may be sent. */
export function checkSheetFile(file: { name: string; size: number }, maxBytes: number): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith(".xls")) return "不能直接导入旧版 .xls 文件，请在 Excel 或 WPS 中另存为 Excel 工作簿（.xlsx）或 CSV";
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) return "只支持 CSV 和 Excel 工作簿（.xlsx）文件";
  if (file.size === 0) return "这个文件是空的";
  if (file.size > maxBytes) return `文件超过 ${Math.floor(maxBytes / (1024 * 1024))} MB，请拆成几个文件分别导入`;
  return null;
}
