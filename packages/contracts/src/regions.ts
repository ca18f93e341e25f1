// GB/T 2260 administrative divisions (county level and above) for the regions the platform
// serves today: Hunan with Xiangxi's counties, and Shandong with Jinan's districts. Copied from
// the project's reference data (shared/data/regions.json, December 2026); forms pick from this
// list instead of asking for a typed six-digit code.
export type RegionLevel = "province" | "city" | "county";

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export const REGIONS: readonly Region[] = [
  { code: "430000", name: "湖南省", level: "province", parentCode: null },
  { code: "430100", name: "长沙市", level: "city", parentCode: "430000" },
  { code: "430400", name: "衡阳市", level: "city", parentCode: "430000" },
  { code: "433100", name: "湘西土家族苗族自治州", level: "city", parentCode: "430000" },
  { code: "433101", name: "吉首市", level: "county", parentCode: "433100" },
  { code: "433122", name: "泸溪县", level: "county", parentCode: "433100" },
  { code: "433123", name: "凤凰县", level: "county", parentCode: "433100" },
  { code: "433124", name: "花垣县", level: "county", parentCode: "433100" },
  { code: "433125", name: "保靖县", level: "county", parentCode: "433100" },
  { code: "433126", name: "古丈县", level: "county", parentCode: "433100" },
  { code: "433127", name: "永顺县", level: "county", parentCode: "433100" },
  { code: "433130", name: "龙山县", level: "county", parentCode: "433100" },
  { code: "370000", name: "山东省", level: "province", parentCode: null },
  { code: "370100", name: "济南市", level: "city", parentCode: "370000" },
  { code: "370102", name: "历下区", level: "county", parentCode: "370100" },
  { code: "370103", name: "市中区", level: "county", parentCode: "370100" },
  { code: "370104", name: "槐荫区", level: "county", parentCode: "370100" },
  { code: "370105", name: "天桥区", level: "county", parentCode: "370100" },
  { code: "370112", name: "历城区", level: "county", parentCode: "370100" },
  { code: "370113", name: "长清区", level: "county", parentCode: "370100" },
  { code: "370114", name: "章丘区", level: "county", parentCode: "370100" },
  { code: "370115", name: "济阳区", level: "county", parentCode: "370100" },
  { code: "370116", name: "莱芜区", level: "county", parentCode: "370100" },
  { code: "370117", name: "钢城区", level: "county", parentCode: "370100" },
  { code: "370124", name: "平阴县", level: "county", parentCode: "370100" },
  { code: "370126", name: "商河县", level: "county", parentCode: "370100" },
  { code: "500000", name: "重庆市", level: "province", parentCode: null },
  { code: "500102", name: "涪陵区", level: "county", parentCode: "500000" },
  { code: "510000", name: "四川省", level: "province", parentCode: null },
  { code: "510300", name: "自贡市", level: "city", parentCode: "510000" },
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function findRegion(code: string): Region | null {
  return BY_CODE.get(code) ?? null;
}

/** "湖南省 湘西土家族苗族自治州 古丈县" for a known code; the code itself otherwise. */
export function regionPath(code: string): string {
  const names: string[] = [];
  for (let r = findRegion(code); r; r = r.parentCode ? findRegion(r.parentCode) : null) names.unshift(r.name);
  return names.length > 0 ? names.join(" ") : code;
}
