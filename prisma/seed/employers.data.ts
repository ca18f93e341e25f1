// The 35 employers of the 2017 Guzhang fair (bulletin: 21 Jinan SOEs and large private firms,
// 11 from the province incl. 蓝思科技, 3 from the county incl. 湘晶食品). The bulletin counts
// firms of the 湘西经开区 among the 11; here the 11 are all outside Xiangxi (Changsha, Hengyang)
// so that region codes alone tell the groups apart: 3701xx Jinan, 43xxxx outside 4331xx
// province, 433126 local. Names are real or real-sounding; credit codes are generated.
import { CREDIT_CODE_CHARSET, computeCreditCodeCheckChar } from "../../packages/contracts/src/validators/index.ts";
import { createRng, type Rng } from "./seed-random.ts";

export type EmployerKindCode = "SOE" | "PRIVATE" | "FOREIGN" | "PUBLIC" | "OTHER";
/** Where the employer comes from, as the bulletin groups them. */
export type EmployerGroup = "JINAN" | "PROVINCE" | "LOCAL";
export type Sector =
  | "auto"
  | "machinery"
  | "electronics"
  | "pharma"
  | "chemical"
  | "appliance"
  | "retail"
  | "construction"
  | "transport"
  | "logistics"
  | "homecare"
  | "property"
  | "catering"
  | "textile"
  | "energy"
  | "steel"
  | "food"
  | "tea"
  | "tourism";

export interface EmployerSeed {
  key: string;
  name: string;
  shortName: string;
  kind: EmployerKindCode;
  regionCode: string;
  city: string;
  group: EmployerGroup;
  sector: Sector;
  /** Relative size of its recruitment drive (scales openings). */
  scale: number;
  booth: string;
  creditCode: string;
}

type Row = [
  key: string,
  name: string,
  shortName: string,
  kind: EmployerKindCode,
  regionCode: string,
  city: string,
  sector: Sector,
  scale: number,
];

const JINAN: Row[] = [
  ["zhongqi", "中国重型汽车集团有限公司", "重汽", "SOE", "370104", "济南", "auto", 2.2],
  ["erjichuang", "济南二机床集团有限公司", "济南二机床", "SOE", "370103", "济南", "machinery", 1.6],
  ["inspur", "浪潮集团有限公司", "浪潮", "SOE", "370102", "济南", "electronics", 1.4],
  ["sdhs", "山东高速集团有限公司", "山东高速", "SOE", "370102", "济南", "transport", 1.3],
  ["jnmetro", "济南轨道交通集团有限公司", "济南轨道交通", "SOE", "370103", "济南", "transport", 1.0],
  ["qilupharma", "齐鲁制药有限公司", "齐鲁制药", "PRIVATE", "370112", "济南", "pharma", 1.4],
  ["joyoung", "九阳股份有限公司", "九阳", "PRIVATE", "370104", "济南", "appliance", 1.3],
  ["hualian", "济南华联商厦集团股份有限公司", "华联商厦", "PRIVATE", "370102", "济南", "retail", 0.9],
  ["jigang", "济钢集团有限公司", "济钢", "SOE", "370112", "济南", "steel", 1.2],
  ["jncjg", "济南城市建设集团有限公司", "济南城建", "SOE", "370102", "济南", "construction", 1.3],
  ["shengquan", "济南圣泉集团股份有限公司", "圣泉集团", "PRIVATE", "370114", "济南", "chemical", 1.0],
  ["zhanggu", "山东省章丘鼓风机股份有限公司", "山东章鼓", "SOE", "370114", "济南", "machinery", 0.9],
  ["jichai", "济南柴油机股份有限公司", "济柴", "SOE", "370104", "济南", "auto", 1.0],
  ["yinzuo", "山东银座商城股份有限公司", "银座商城", "SOE", "370102", "济南", "retail", 1.1],
  ["jnredian", "济南热电有限公司", "济南热电", "SOE", "370103", "济南", "energy", 0.7],
  ["sanjian", "山东三箭建设工程股份有限公司", "三箭建设", "PRIVATE", "370102", "济南", "construction", 1.2],
  ["sfjinan", "济南顺丰速运有限公司", "顺丰济南", "PRIVATE", "370105", "济南", "logistics", 1.3],
  ["ygdj", "济南阳光大姐服务有限责任公司", "阳光大姐", "OTHER", "370102", "济南", "homecare", 1.1],
  ["qcwuye", "山东泉城物业服务有限公司", "泉城物业", "PRIVATE", "370105", "济南", "property", 0.9],
  ["luweizhai", "济南鲁味斋餐饮管理有限公司", "鲁味斋", "PRIVATE", "370103", "济南", "catering", 0.8],
  ["yuanshou", "济南元首针织股份有限公司", "元首针织", "PRIVATE", "370105", "济南", "textile", 1.0],
];

const PROVINCE: Row[] = [
  ["lens", "蓝思科技股份有限公司", "蓝思科技", "PRIVATE", "430100", "长沙", "electronics", 2.0],
  ["sany", "三一重工股份有限公司", "三一重工", "PRIVATE", "430100", "长沙", "auto", 1.2],
  ["zoomlion", "中联重科股份有限公司", "中联重科", "SOE", "430100", "长沙", "machinery", 1.0],
  ["hysteel", "衡阳华菱钢管有限公司", "华菱衡钢", "SOE", "430400", "衡阳", "steel", 0.9],
  ["tbeahy", "特变电工衡阳变压器有限公司", "衡变", "PRIVATE", "430400", "衡阳", "machinery", 0.8],
  ["bydcs", "长沙比亚迪汽车有限公司", "比亚迪长沙", "PRIVATE", "430100", "长沙", "auto", 1.2],
  ["foxconnhy", "鸿富锦精密电子（衡阳）有限公司", "富士康衡阳", "FOREIGN", "430400", "衡阳", "electronics", 1.5],
  ["broadpc", "长沙远大住宅工业集团股份有限公司", "远大住工", "PRIVATE", "430100", "长沙", "construction", 0.8],
  ["hnjg", "湖南建工集团有限公司", "湖南建工", "SOE", "430100", "长沙", "construction", 1.0],
  ["yancheng", "衡阳雁城宾馆有限公司", "雁城宾馆", "SOE", "430400", "衡阳", "catering", 0.6],
  ["wangbuliao", "湖南忘不了服饰有限公司", "忘不了服饰", "PRIVATE", "430100", "长沙", "textile", 0.7],
];

const LOCAL: Row[] = [
  ["xiangjing", "湖南湘晶食品有限公司", "湘晶食品", "PRIVATE", "433126", "古丈", "food", 0.6],
  ["gzcha", "古丈县茶业发展有限公司", "古丈茶业", "PRIVATE", "433126", "古丈", "tea", 0.6],
  ["hongshilin", "古丈县红石林旅游开发有限公司", "红石林旅游", "PRIVATE", "433126", "古丈", "tourism", 0.4],
];

const ORG_CODE_VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 32100-2015 code for a company (91) registered in `regionCode`, with a GB 11714 organisation code inside. */
export function creditCodeFor(regionCode: string, rng: Rng): string {
  let body = "";
  for (let i = 0; i < 8; i++) body += CREDIT_CODE_CHARSET.charAt(rng.int(0, CREDIT_CODE_CHARSET.length - 1));
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_CODE_VALUES.indexOf(body.charAt(i)) * (ORG_CODE_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  const orgCheck = c === 10 ? "X" : c === 11 ? "0" : String(c);
  const first17 = `91${regionCode}${body}${orgCheck}`;
  return first17 + computeCreditCodeCheckChar(first17);
}

/** The 35 employers with booths A01–A21 (Jinan), B01–B11 (province), C01–C03 (county). */
export function buildEmployers(seed = 20170501): EmployerSeed[] {
  const rng = createRng(seed);
  const used = new Set<string>();
  const groups: [EmployerGroup, string, Row[]][] = [
    ["JINAN", "A", JINAN],
    ["PROVINCE", "B", PROVINCE],
    ["LOCAL", "C", LOCAL],
  ];
  return groups.flatMap(([group, zone, rows]) =>
    rows.map(([key, name, shortName, kind, regionCode, city, sector, scale], i) => {
      let creditCode = creditCodeFor(regionCode, rng);
      while (used.has(creditCode)) creditCode = creditCodeFor(regionCode, rng);
      used.add(creditCode);
      const booth = `${zone}${String(i + 1).padStart(2, "0")}`;
      return { key, name, shortName, kind, regionCode, city, group, sector, scale, booth, creditCode };
    }),
  );
}
