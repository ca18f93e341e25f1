// The places seekers name in a query. A city is what positions carry in `city`; a
// district or county inside a city answers for that city, and a region (湘西, 山东)
// answers for every city listed under it. Extend as fairs reach new places.
export interface Place {
  /** The name positions use in `city`. */
  city: string;
  /** Other ways to say it: full names, districts, nicknames. */
  aliases: readonly string[];
  regions: readonly string[];
}

const SHANDONG = ["山东", "山东省", "鲁"];
const HUNAN = ["湖南", "湖南省", "湘"];
const XIANGXI = ["湘西", "湘西州", "湘西自治州", "湘西土家族苗族自治州"];

export const PLACES: readonly Place[] = [
  {
    city: "济南",
    aliases: ["济南市", "泉城", "历下", "市中区", "槐荫", "天桥区", "历城", "长清", "章丘", "济阳", "莱芜", "钢城", "平阴", "商河"],
    regions: SHANDONG,
  },
  { city: "青岛", aliases: ["青岛市", "黄岛", "即墨", "胶州", "平度", "莱西"], regions: SHANDONG },
  { city: "淄博", aliases: ["淄博市"], regions: SHANDONG },
  { city: "烟台", aliases: ["烟台市"], regions: SHANDONG },
  { city: "潍坊", aliases: ["潍坊市"], regions: SHANDONG },
  { city: "济宁", aliases: ["济宁市"], regions: SHANDONG },
  { city: "泰安", aliases: ["泰安市"], regions: SHANDONG },
  { city: "威海", aliases: ["威海市"], regions: SHANDONG },
  { city: "临沂", aliases: ["临沂市"], regions: SHANDONG },
  { city: "德州", aliases: ["德州市"], regions: SHANDONG },
  { city: "聊城", aliases: ["聊城市"], regions: SHANDONG },
  { city: "滨州", aliases: ["滨州市"], regions: SHANDONG },
  { city: "菏泽", aliases: ["菏泽市"], regions: SHANDONG },
  { city: "枣庄", aliases: ["枣庄市"], regions: SHANDONG },
  { city: "东营", aliases: ["东营市"], regions: SHANDONG },
  { city: "日照", aliases: ["日照市"], regions: SHANDONG },
  { city: "长沙", aliases: ["长沙市", "星沙", "望城", "浏阳", "宁乡", "岳麓", "芙蓉区", "天心区", "开福", "雨花区"], regions: HUNAN },
  { city: "株洲", aliases: ["株洲市"], regions: HUNAN },
  { city: "湘潭", aliases: ["湘潭市"], regions: HUNAN },
  { city: "衡阳", aliases: ["衡阳市", "耒阳", "常宁"], regions: HUNAN },
  { city: "邵阳", aliases: ["邵阳市"], regions: HUNAN },
  { city: "岳阳", aliases: ["岳阳市"], regions: HUNAN },
  { city: "常德", aliases: ["常德市"], regions: HUNAN },
  { city: "张家界", aliases: ["张家界市"], regions: HUNAN },
  { city: "益阳", aliases: ["益阳市"], regions: HUNAN },
  { city: "郴州", aliases: ["郴州市"], regions: HUNAN },
  { city: "永州", aliases: ["永州市"], regions: HUNAN },
  { city: "怀化", aliases: ["怀化市"], regions: HUNAN },
  { city: "娄底", aliases: ["娄底市"], regions: HUNAN },
  { city: "吉首", aliases: ["吉首市"], regions: [...HUNAN, ...XIANGXI] },
  { city: "古丈", aliases: ["古丈县"], regions: [...HUNAN, ...XIANGXI] },
  { city: "凤凰", aliases: ["凤凰县", "凤凰古城"], regions: [...HUNAN, ...XIANGXI] },
  { city: "花垣", aliases: ["花垣县", "十八洞"], regions: [...HUNAN, ...XIANGXI] },
  { city: "泸溪", aliases: ["泸溪县"], regions: [...HUNAN, ...XIANGXI] },
  { city: "保靖", aliases: ["保靖县"], regions: [...HUNAN, ...XIANGXI] },
  { city: "永顺", aliases: ["永顺县"], regions: [...HUNAN, ...XIANGXI] },
  { city: "龙山", aliases: ["龙山县"], regions: [...HUNAN, ...XIANGXI] },
  { city: "北京", aliases: ["北京市"], regions: [] },
  { city: "上海", aliases: ["上海市"], regions: [] },
  { city: "广州", aliases: ["广州市"], regions: ["广东", "广东省"] },
  { city: "深圳", aliases: ["深圳市"], regions: ["广东", "广东省"] },
  { city: "东莞", aliases: ["东莞市"], regions: ["广东", "广东省"] },
  { city: "佛山", aliases: ["佛山市"], regions: ["广东", "广东省"] },
  { city: "杭州", aliases: ["杭州市"], regions: ["浙江", "浙江省"] },
  { city: "宁波", aliases: ["宁波市"], regions: ["浙江", "浙江省"] },
  { city: "苏州", aliases: ["苏州市"], regions: ["江苏", "江苏省"] },
  { city: "武汉", aliases: ["武汉市"], regions: ["湖北", "湖北省"] },
];

const SUFFIX = /(?:市|县|区)$/;

/** The form used to compare city names: 济南市 and 济南 are the same place. */
export function normalizeCity(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > 2 ? trimmed.replace(SUFFIX, "") : trimmed;
}

export interface PlaceName {
  name: string;
  cities: string[];
}

/** Every name a seeker may type, with the cities it stands for; longest first. */
function buildPlaceNames(): PlaceName[] {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, city: string) => {
    const set = byName.get(name) ?? new Set<string>();
    set.add(city);
    byName.set(name, set);
  };
  for (const place of PLACES) {
    add(place.city, place.city);
    for (const alias of place.aliases) add(alias, place.city);
    // One-character province abbreviations (鲁, 湘) are too ambiguous to read in free text.
    for (const region of place.regions) if (region.length > 1) add(region, place.city);
  }
  return [...byName.entries()].map(([name, cities]) => ({ name, cities: [...cities] })).sort((a, b) => b.name.length - a.name.length);
}

export const PLACE_NAMES: readonly PlaceName[] = buildPlaceNames();
