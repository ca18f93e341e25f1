// Position templates per sector and the builder that turns them into the fair's positions,
// with openings scaled so that the totals come out exactly (bulletin: 6,345 positions,
// "近 4000" with food and lodging).
import type { EmployerSeed, Sector } from "./employers.data.ts";
import { createRng, type Rng } from "./seed-random.ts";

export type GenderRequirementCode = "ANY" | "MALE" | "FEMALE";

interface Template {
  title: string;
  desc: string;
  wage: [number, number];
  base: number;
  /** Skilled or office post: in Jinan these come with meals but no dormitory. */
  skilled?: boolean;
  gender?: "MALE" | "FEMALE";
  age?: [number, number];
  tags?: string[];
}

const T = {
  assembler: { title: "汽车装配工", desc: "在总装线上完成底盘、驾驶室等部件的装配，按节拍作业，入职统一岗前培训。", wage: [4500, 6500], base: 120, age: [18, 40], tags: ["流水线", "岗前培训"] },
  welder: { title: "电焊工", desc: "车架及结构件的二氧化碳保护焊焊接，持焊工证优先，无证者可参加公司培训考证。", wage: [5500, 8000], base: 60, gender: "MALE", age: [20, 45], tags: ["技术工种", "持证优先"] },
  tigWelder: { title: "氩弧焊工", desc: "不锈钢及铝合金管件氩弧焊接，要求焊缝成型美观，有一年以上经验。", wage: [6000, 8000], base: 25, gender: "MALE", age: [22, 45], tags: ["技术工种"] },
  painter: { title: "涂装工", desc: "负责工件前处理、喷涂及打磨，公司提供全套劳保用品。", wage: [4500, 6500], base: 40, age: [18, 40], tags: ["劳保齐全"] },
  cncTurner: { title: "数控车工", desc: "操作数控车床加工零件，能看懂简单图纸，有操作经验者优先。", wage: [5000, 7500], base: 30, skilled: true, age: [20, 40], tags: ["技术工种"] },
  miller: { title: "铣工", desc: "操作普通铣床及数控铣床加工机床零件。", wage: [5000, 7000], base: 20, skilled: true, age: [20, 42], tags: ["技术工种"] },
  general: { title: "普工", desc: "上下料、分拣、简单装配等辅助作业，无需经验，手脚勤快即可。", wage: [4000, 5500], base: 150, age: [18, 45], tags: ["无需经验", "长白班"] },
  forklift: { title: "叉车司机", desc: "厂区及仓库物料转运，持有效叉车证（N1）。", wage: [4500, 6000], base: 15, age: [22, 50], tags: ["持证上岗"] },
  inspector: { title: "质检员", desc: "按检验标准对零部件及成品进行外观和尺寸检验，高中及以上学历。", wage: [4200, 5500], base: 20, skilled: true, age: [20, 35] },
  fitter: { title: "装配钳工", desc: "机床及大型部件的装配与调试，能识读装配图，有钳工基础优先。", wage: [5000, 7000], base: 40, gender: "MALE", age: [20, 45], tags: ["技术工种", "师傅带教"] },
  crane: { title: "行车工", desc: "车间桥式起重机操作，持特种设备作业人员证（起重机械）。", wage: [4500, 6000], base: 12, age: [22, 48], tags: ["持证上岗"] },
  caster: { title: "铸造工", desc: "造型、浇注及清理，按安全规程作业，岗位津贴另计。", wage: [5000, 7000], base: 30, gender: "MALE", age: [20, 45], tags: ["岗位津贴"] },
  electrician: { title: "电工", desc: "设备电气线路的日常维护与检修，持低压电工作业证。", wage: [5000, 7000], base: 10, gender: "MALE", age: [22, 45], tags: ["持证上岗", "技术工种"] },
  electronics: { title: "电子装配工", desc: "在无尘车间进行电子元件、整机的装配与测试，流水线作业，两班倒。", wage: [4000, 5500], base: 200, age: [18, 35], tags: ["无尘车间", "两班倒"] },
  smt: { title: "SMT操作员", desc: "操作贴片机、回流焊设备，按作业指导书上料、巡检。", wage: [4200, 5800], base: 60, age: [18, 35], tags: ["两班倒"] },
  visual: { title: "目检员", desc: "在灯检台或显微镜下检查产品外观缺陷，要求视力良好、细心耐心。", wage: [3800, 5000], base: 80, gender: "FEMALE", age: [18, 35], tags: ["坐班"] },
  material: { title: "物料员", desc: "车间物料的领取、配送和盘点，会简单电脑操作。", wage: [4000, 5000], base: 20, age: [18, 40] },
  technician: { title: "设备维修技术员", desc: "生产设备的保养、故障排查与维修，中专及以上机电相关专业。", wage: [5500, 7500], base: 15, skilled: true, age: [20, 35], tags: ["技术工种"] },
  pharmaOp: { title: "制剂操作工", desc: "固体制剂及注射剂车间的配料、压片、灌装等岗位操作，严格执行GMP要求。", wage: [4200, 5500], base: 80, age: [18, 40], tags: ["GMP车间"] },
  packer: { title: "包装工", desc: "产品内外包装、装箱及贴签，工作环境干净整洁。", wage: [3800, 4800], base: 60, age: [18, 45], tags: ["无需经验"] },
  lab: { title: "化验员", desc: "原辅料及成品的理化检验，化学、药学相关专业中专及以上。", wage: [4500, 6000], base: 10, skilled: true, age: [20, 35] },
  warehouse: { title: "仓库管理员", desc: "物料收发、账目登记和库存盘点，会使用电脑。", wage: [4000, 5000], base: 10, age: [20, 45] },
  chemOp: { title: "化工操作工", desc: "反应釜投料、巡检与记录，公司提供系统的安全培训。", wage: [4800, 6500], base: 50, gender: "MALE", age: [20, 45], tags: ["安全培训"] },
  applianceAsm: { title: "装配工", desc: "豆浆机、破壁机等小家电的流水线装配与功能测试。", wage: [4000, 5500], base: 150, age: [18, 40], tags: ["流水线"] },
  moulder: { title: "注塑工", desc: "注塑机操作及产品修边，三班倒，夜班另有补贴。", wage: [4200, 5800], base: 50, age: [18, 40], tags: ["夜班补贴"] },
  stocker: { title: "理货员", desc: "商品上架、补货、盘点及卖场陈列维护。", wage: [3300, 4200], base: 30, age: [18, 45] },
  cashier: { title: "收银员", desc: "商场收银及顾客服务，普通话标准，会简单电脑操作。", wage: [3200, 4000], base: 20, gender: "FEMALE", age: [18, 35] },
  sales: { title: "导购员", desc: "为顾客介绍商品、促成销售，底薪加提成。", wage: [3500, 6000], base: 30, age: [18, 40], tags: ["底薪加提成"] },
  guard: { title: "保安员", desc: "门岗值守、巡逻和秩序维护，退伍军人优先。", wage: [3200, 4200], base: 40, gender: "MALE", age: [18, 50], tags: ["退伍军人优先"] },
  cleaner: { title: "保洁员", desc: "公共区域清洁与垃圾清运，工作时间规律，年龄可放宽。", wage: [2800, 3500], base: 40, tags: ["年龄可放宽"] },
  cook: { title: "厨师", desc: "员工食堂或中餐热菜烹饪，有厨师证或两年以上经验。", wage: [4500, 7000], base: 15, age: [22, 50], tags: ["技术工种"] },
  rebar: { title: "钢筋工", desc: "钢筋下料、绑扎和安装，按图施工，计件工资多劳多得。", wage: [6000, 8000], base: 60, gender: "MALE", age: [20, 55], tags: ["计件工资"] },
  carpenter: { title: "木工", desc: "模板支设与拆除，有工地经验者优先。", wage: [6000, 8000], base: 50, gender: "MALE", age: [20, 55], tags: ["计件工资"] },
  mason: { title: "砌筑工", desc: "砌墙、抹灰等砌筑作业，按方量计酬。", wage: [5500, 7500], base: 40, gender: "MALE", age: [20, 55] },
  labourer: { title: "建筑工", desc: "工地普工：搬运材料、清理场地、配合各工种作业，工资按月结算。", wage: [4500, 6000], base: 120, gender: "MALE", age: [18, 55], tags: ["工资月结"] },
  siteElectrician: { title: "电工", desc: "施工现场临时用电的架设与维护，持电工作业证。", wage: [5500, 7500], base: 15, gender: "MALE", age: [22, 50], tags: ["持证上岗"] },
  scaffolder: { title: "架子工", desc: "脚手架搭设与拆除，持登高架设作业证，身体健康无恐高。", wage: [6500, 8000], base: 20, gender: "MALE", age: [22, 50], tags: ["持证上岗"] },
  precast: { title: "PC构件生产工", desc: "在工厂内进行预制混凝土构件的钢筋绑扎、浇筑与养护。", wage: [4500, 6500], base: 60, gender: "MALE", age: [18, 50] },
  toll: { title: "收费员", desc: "高速公路收费站收费及文明服务，三班倒，单位统一安排住宿。", wage: [3500, 4500], base: 40, age: [18, 30] },
  roadCrew: { title: "道路养护工", desc: "高速公路路面、绿化及附属设施日常养护。", wage: [4000, 5200], base: 40, gender: "MALE", age: [20, 50] },
  waiter: { title: "服务员", desc: "点菜、传菜及餐厅服务，热情有礼貌，无经验可培训。", wage: [3300, 4300], base: 40, age: [18, 35], tags: ["无需经验"] },
  security: { title: "安检员", desc: "地铁站安检，引导乘客有序过检，入职后培训取得保安员证。", wage: [3500, 4500], base: 60, age: [18, 35] },
  station: { title: "站务员", desc: "车站客运服务、票务和应急引导，高中（中专）及以上学历。", wage: [4000, 5500], base: 30, skilled: true, age: [18, 28] },
  sorter: { title: "快递分拣员", desc: "中转场包裹分拣、扫描与装卸，夜班为主，计件加绩效。", wage: [4500, 6500], base: 150, age: [18, 45], tags: ["计件工资", "夜班补贴"] },
  courier: { title: "快递员", desc: "负责片区快件收派，公司提供电动车，多劳多得。", wage: [5000, 8000], base: 60, age: [20, 45], tags: ["多劳多得"] },
  loader: { title: "装卸工", desc: "货车装卸及搬运，身体健康、能吃苦。", wage: [5000, 7000], base: 40, gender: "MALE", age: [18, 45] },
  nanny: { title: "育婴员", desc: "0—3岁婴幼儿的生活照料与早期教育，上岗前免费培训并考取育婴员证。", wage: [5000, 8000], base: 80, gender: "FEMALE", age: [25, 50], tags: ["免费培训"] },
  maternity: { title: "母婴护理员", desc: "产妇与新生儿的护理（月嫂），经公司培训考核合格后上岗。", wage: [6000, 9000], base: 60, gender: "FEMALE", age: [25, 50], tags: ["免费培训"] },
  housekeeper: { title: "家政服务员", desc: "日常保洁、做饭及家务料理，可住家或不住家。", wage: [4000, 6000], base: 80, gender: "FEMALE", age: [25, 55] },
  carer: { title: "养老护理员", desc: "养老机构或居家老人的生活照料，提供免费培训。", wage: [4000, 5500], base: 50, age: [30, 55], tags: ["免费培训"] },
  gardener: { title: "绿化工", desc: "园区花木养护、修剪与浇灌。", wage: [3000, 3800], base: 15, age: [30, 58] },
  handyman: { title: "维修工", desc: "物业设施设备的日常维修（水电、门窗）。", wage: [4000, 5500], base: 10, gender: "MALE", age: [22, 50] },
  pastry: { title: "面点师", desc: "包子、馒头、面条等面点制作。", wage: [4000, 6000], base: 15, age: [22, 50] },
  kitchenHand: { title: "帮厨", desc: "食材清洗、切配及厨房卫生。", wage: [3500, 4500], base: 30, age: [18, 50] },
  dishwasher: { title: "洗碗工", desc: "餐具清洗消毒及后厨保洁。", wage: [3000, 3600], base: 15, age: [30, 58] },
  sewer: { title: "缝纫工", desc: "平车、包缝机操作，计件工资，熟手优先，新手可带薪学习。", wage: [4200, 6500], base: 100, gender: "FEMALE", age: [18, 45], tags: ["计件工资", "带薪学徒"] },
  ironer: { title: "整烫工", desc: "成衣熨烫与整理。", wage: [3800, 5000], base: 20, age: [18, 45] },
  cutter: { title: "裁剪工", desc: "按纸样裁剪面料。", wage: [4000, 5500], base: 15, age: [20, 45] },
  clothChecker: { title: "验布工", desc: "面料及成品的质量检验。", wage: [3600, 4600], base: 15, gender: "FEMALE", age: [18, 40] },
  pipeCrew: { title: "热力管网巡检工", desc: "供热管网及换热站的巡检、抄表与简单维修，供暖季需轮流值班。", wage: [4500, 6000], base: 20, gender: "MALE", age: [20, 45] },
  boiler: { title: "司炉工", desc: "锅炉运行操作与记录，持司炉证优先，公司组织考证。", wage: [4800, 6200], base: 15, gender: "MALE", age: [22, 45] },
  roller: { title: "轧钢工", desc: "轧钢生产线操作、换辊及巡检，岗位津贴高。", wage: [5500, 7500], base: 40, gender: "MALE", age: [20, 40], tags: ["岗位津贴"] },
  brewer: { title: "酿酒工", desc: "拌料、上甑、摊晾等传统酿造工序，师傅带教。", wage: [3800, 5000], base: 30, gender: "MALE", age: [20, 45], tags: ["师傅带教"] },
  starter: { title: "制曲工", desc: "大曲制作与曲房管理。", wage: [3500, 4500], base: 15, age: [20, 45] },
  rep: { title: "销售代表", desc: "湘西及周边市场终端维护与开拓，底薪加提成。", wage: [3500, 7000], base: 10, skilled: true, age: [22, 40], tags: ["底薪加提成"] },
  foodOp: { title: "食品加工操作工", desc: "腊肉、酱菜等湘西特产的清洗、腌制与加工。", wage: [2800, 3800], base: 40, age: [18, 50] },
  driver: { title: "送货司机", desc: "县内及周边配送，持C1驾照，熟悉本地道路。", wage: [3500, 4500], base: 5, gender: "MALE", age: [22, 45], tags: ["C1驾照"] },
  picker: { title: "采茶工", desc: "古丈毛尖春茶采摘，按芽叶标准采摘，计件结算，离家近。", wage: [2600, 3600], base: 60, tags: ["计件工资", "离家近"] },
  teaMaker: { title: "制茶工", desc: "杀青、揉捻、烘焙等制茶工序，师傅带教。", wage: [3000, 4200], base: 15, age: [18, 50], tags: ["师傅带教"] },
  teaGarden: { title: "茶园管理员", desc: "茶园施肥、修剪和病虫害防治。", wage: [3000, 4000], base: 10, age: [25, 55] },
  eshop: { title: "电商客服", desc: "网店客服与订单处理，会打字、普通话流利。", wage: [2800, 3800], base: 6, skilled: true, age: [18, 35] },
  guide: { title: "景区讲解员", desc: "红石林景区游客讲解与接待，普通话标准，会说土家语优先。", wage: [2800, 3800], base: 10, skilled: true, age: [18, 35] },
  usher: { title: "景区服务员", desc: "售检票、游客引导与咨询。", wage: [2600, 3400], base: 15, age: [18, 45] },
} satisfies Record<string, Template>;

type Key = keyof typeof T;

export const SECTOR_TEMPLATES: Record<Sector, Key[]> = {
  auto: ["assembler", "welder", "tigWelder", "painter", "cncTurner", "general", "forklift", "inspector"],
  machinery: ["fitter", "cncTurner", "miller", "welder", "crane", "caster", "general", "electrician"],
  electronics: ["electronics", "smt", "visual", "material", "technician", "warehouse"],
  pharma: ["pharmaOp", "packer", "lab", "warehouse", "cleaner"],
  chemical: ["chemOp", "packer", "forklift", "lab", "general"],
  appliance: ["applianceAsm", "moulder", "packer", "forklift", "inspector"],
  retail: ["stocker", "cashier", "sales", "guard", "cleaner", "cook"],
  construction: ["rebar", "carpenter", "mason", "labourer", "siteElectrician", "scaffolder", "precast"],
  transport: ["toll", "roadCrew", "waiter", "security", "station", "cleaner", "cook"],
  logistics: ["sorter", "courier", "loader", "forklift", "warehouse"],
  homecare: ["nanny", "maternity", "housekeeper", "carer"],
  property: ["guard", "cleaner", "gardener", "handyman"],
  catering: ["cook", "pastry", "kitchenHand", "waiter", "dishwasher"],
  textile: ["sewer", "ironer", "cutter", "clothChecker", "packer"],
  energy: ["pipeCrew", "boiler", "electrician", "guard", "warehouse"],
  steel: ["roller", "crane", "welder", "loader", "electrician", "general"],
  liquor: ["brewer", "starter", "packer", "warehouse", "rep"],
  food: ["foodOp", "packer", "warehouse", "driver"],
  tea: ["picker", "teaMaker", "teaGarden", "eshop"],
  tourism: ["guide", "usher", "cleaner", "guard", "cook"],
};

/** Sectors found only in Xiangxi: their template wages are already local wages. */
const LOCAL_SECTORS = new Set<Sector>(["liquor", "food", "tea", "tourism"]);
const CITY_WAGE_FACTOR: Record<string, number> = { 济南: 1, 长沙: 0.95, 衡阳: 0.9, 吉首: 0.82, 古丈: 0.78 };
const EXTRA_TAGS = ["五险一金", "技能培训", "节日福利", "加班补贴", "免费体检", "带薪年假", "长期稳定"];

export interface PositionSeed {
  key: string;
  employerKey: string;
  title: string;
  description: string;
  openings: number;
  wageMin: number;
  wageMax: number;
  city: string;
  foodProvided: boolean;
  lodgingProvided: boolean;
  ageMin: number | null;
  ageMax: number | null;
  gender: GenderRequirementCode;
  tags: string[];
}

function makePosition(key: string, e: EmployerSeed, tpl: Template, rng: Rng, wageGrowth: number): PositionSeed {
  // Jinan labour-cooperation posts for rural labourers come with food and lodging (包吃住);
  // Changsha/Hengyang factories give a dormitory and a meal allowance; Xiangxi ones give meals.
  const food = e.group === "JINAN" || e.city === "吉首" || e.city === "古丈";
  const lodging = e.group === "JINAN" ? !tpl.skilled : e.city === "长沙" || e.city === "衡阳";
  const factor = (LOCAL_SECTORS.has(e.sector) ? 1 : (CITY_WAGE_FACTOR[e.city] ?? 1)) * wageGrowth;
  const round100 = (n: number) => Math.round(n / 100) * 100;
  const wageMin = Math.max(2500, round100(tpl.wage[0] * factor + rng.int(-1, 1) * 100));
  const wageMax = Math.max(wageMin, round100(tpl.wage[1] * factor + rng.int(-1, 2) * 100));
  const benefit = food && lodging ? "包吃住（免费员工宿舍和工作餐）。" : lodging ? "免费提供员工宿舍，另发餐补。" : food ? "提供免费工作餐。" : "";
  const coop = e.group === "JINAN" ? "济南—湘西劳务协作岗位，统一组织乘车赴岗。" : "";
  const tags = new Set([...(tpl.tags ?? []), rng.pick(EXTRA_TAGS)]);
  if (food && lodging) tags.add("包吃住");
  else if (lodging) tags.add("包住");
  else if (food) tags.add("工作餐");
  if (e.kind === "SOE") tags.add("国企");
  if (e.group === "JINAN") tags.add("劳务协作");
  return {
    key, employerKey: e.key, title: tpl.title,
    description: `${tpl.desc}工作地点：${e.city}。${benefit}${coop}`,
    openings: Math.max(1, Math.round(tpl.base * e.scale * (0.6 + rng.next() * 0.8))),
    wageMin, wageMax, city: e.city, foodProvided: food, lodgingProvided: lodging,
    ageMin: tpl.age?.[0] ?? null, ageMax: tpl.age?.[1] ?? null, gender: tpl.gender ?? "ANY", tags: [...tags],
  };
}

/** Rescales openings within `items` so that they sum to exactly `target` (round figures where large). */
function scaleOpenings(items: PositionSeed[], target: number): void {
  const raw = items.reduce((s, p) => s + p.openings, 0);
  for (const p of items) {
    const v = (p.openings * target) / raw;
    p.openings = v >= 20 ? Math.round(v / 5) * 5 : Math.max(2, Math.round(v));
  }
  const largest = items.reduce((a, b) => (b.openings > a.openings ? b : a));
  largest.openings += target - items.reduce((s, p) => s + p.openings, 0);
}

export const GUZHANG_TOTAL_OPENINGS = 6345;
export const GUZHANG_FOOD_LODGING_OPENINGS = 4012;

/** Positions of the Guzhang fair: 4–7 per employer; openings sum to 6,345, of which 4,012 包吃住. */
export function buildFairPositions(employers: EmployerSeed[], seed = 20170502): PositionSeed[] {
  const rng = createRng(seed);
  const out: PositionSeed[] = [];
  for (const e of employers) {
    const keys = SECTOR_TEMPLATES[e.sector];
    const count = Math.min(keys.length, e.group === "JINAN" ? rng.int(4, 7) : rng.int(3, 6));
    for (const k of rng.shuffle(keys).slice(0, count)) out.push(makePosition(`guzhang:${e.key}:${k}`, e, T[k], rng, 1));
  }
  const fl = out.filter((p) => p.foodProvided && p.lodgingProvided);
  scaleOpenings(fl, GUZHANG_FOOD_LODGING_OPENINGS);
  scaleOpenings(out.filter((p) => !(p.foodProvided && p.lodgingProvided)), GUZHANG_TOTAL_OPENINGS - GUZHANG_FOOD_LODGING_OPENINGS);
  return out;
}

/** Fresh positions for the upcoming fair, at today's wages (about 1.25× those of 2017). */
export function buildOpenFairPositions(employers: EmployerSeed[], perEmployer: number, seed = 20260101): PositionSeed[] {
  const rng = createRng(seed);
  return employers.flatMap((e) =>
    rng.shuffle(SECTOR_TEMPLATES[e.sector]).slice(0, perEmployer).map((k) => {
      const p = makePosition(`open:${e.key}:${k}`, e, T[k], rng, 1.25);
      p.openings = p.openings >= 20 ? Math.round(p.openings / 10) * 10 : p.openings;
      return p;
    }),
  );
}
