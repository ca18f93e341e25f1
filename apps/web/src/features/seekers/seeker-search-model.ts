import { validateIdNumber } from "@xiezuo/contracts";

/**
 * What a typed search means. A name goes into the list query; a full ID number is looked
 * up with a POST body; any other run of digits is refused, so no ID or phone number ever
 * ends up in a URL (and so in proxy logs or the browser history).
 */
export type SeekerSearch = { kind: "name"; q: string } | { kind: "id-number"; idNumber: string } | { kind: "invalid"; reason: string };

export function interpretSeekerSearch(input: string): SeekerSearch {
  const text = input.trim();
  if (!/\d/.test(text)) return { kind: "name", q: text };
  const checked = validateIdNumber(text);
  if (checked.ok) return { kind: "id-number", idNumber: checked.value };
  if (/^[\dXx\s]{15,}$/.test(text)) return { kind: "invalid", reason: `身份证号有误：${checked.reason}` };
  return { kind: "invalid", reason: "请输入姓名，或完整的18位身份证号（不能按手机号或号码片段查找）" };
}
