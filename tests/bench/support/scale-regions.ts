// The places of `pnpm bench scale`: the eight counties of Xiangxi (湘西州 433100) with their
// townships, where the people live, and where they go to work. A household's slot (county and
// township) is `SLOTS[n % SLOTS.length]`, so a county's share follows its number of townships.

export const PREFECTURE = { code: "433100", name: "湘西州人社局" } as const;

export const COUNTIES: readonly { code: string; bureau: string; townships: readonly string[] }[] = [
  {
    code: "433101",
    bureau: "吉首市人社局",
    townships: ["乾州街道", "峒河街道", "石家冲街道", "马颈坳镇", "矮寨镇", "河溪镇", "己略乡", "太平镇", "丹青镇"],
  },
  { code: "433122", bureau: "泸溪县人社局", townships: ["白沙镇", "浦市镇", "达岚镇", "合水镇", "兴隆场镇", "潭溪镇", "洗溪镇", "武溪镇"] },
  {
    code: "433123",
    bureau: "凤凰县人社局",
    townships: ["沱江镇", "阿拉营镇", "廖家桥镇", "山江镇", "禾库镇", "腊尔山镇", "吉信镇", "茶田镇", "新场镇"],
  },
  { code: "433124", bureau: "花垣县人社局", townships: ["花垣镇", "边城镇", "龙潭镇", "民乐镇", "吉卫镇", "麻栗场镇", "双龙镇", "石栏镇"] },
  {
    code: "433125",
    bureau: "保靖县人社局",
    townships: ["迁陵镇", "毛沟镇", "葫芦镇", "水田河镇", "清水坪镇", "碗米坡镇", "比耳镇", "复兴镇"],
  },
  { code: "433126", bureau: "古丈县人社局", townships: ["古阳镇", "默戎镇", "红石林镇", "断龙山镇", "坪坝镇", "高峰镇", "岩头寨镇"] },
  {
    code: "433127",
    bureau: "永顺县人社局",
    townships: ["灵溪镇", "首车镇", "芙蓉镇", "石堤镇", "青天坪镇", "万坪镇", "塔卧镇", "砂坝镇", "松柏镇", "泽家镇"],
  },
  {
    code: "433130",
    bureau: "龙山县人社局",
    townships: ["民安街道", "华塘街道", "石牌镇", "里耶镇", "洗车河镇", "苗儿滩镇", "茨岩塘镇", "桂塘镇", "洛塔乡", "红岩溪镇"],
  },
];

/** Every (county, township) pair, in a fixed order. */
export const SLOTS: readonly { county: string; township: string }[] = COUNTIES.flatMap((c) =>
  c.townships.map((township) => ({ county: c.code, township })),
);

/** Village names (村), combined with the household number. */
export const VILLAGES = [
  "岩口村",
  "龙鼻村",
  "夯吾村",
  "坪朗村",
  "排若村",
  "翁草村",
  "溪口村",
  "长潭村",
  "老寨村",
  "新田村",
  "白岩村",
  "茶园村",
] as const;

/** Where placements work, with the city written on the placement; repeated entries weigh more. */
export const WORK_PLACES: readonly { region: string; city: string }[] = [
  { region: "370102", city: "济南" },
  { region: "370103", city: "济南" },
  { region: "370104", city: "济南" },
  { region: "370105", city: "济南" },
  { region: "370112", city: "济南" },
  { region: "370113", city: "济南" },
  { region: "370114", city: "济南" },
  { region: "370116", city: "济南" },
  { region: "370112", city: "济南" },
  { region: "370104", city: "济南" },
  { region: "430100", city: "长沙" },
  { region: "430100", city: "长沙" },
  { region: "430400", city: "衡阳" },
  { region: "500102", city: "重庆" },
  { region: "510300", city: "自贡" },
  // The worker's own county (HOME marks it: the bench writes the seeker's home code).
  { region: "HOME", city: "本县" },
  { region: "HOME", city: "本县" },
  { region: "433101", city: "吉首" },
];

export const SURNAMES = ["彭", "向", "田", "张", "王", "李", "杨", "龙", "石", "吴", "刘", "符", "梁", "麻", "滕", "宋"] as const;
export const GIVEN = ["建", "国", "华", "明", "红", "芳", "军", "勇", "丽", "平", "秀", "英", "林", "强", "云", "春", "桂", "兰"] as const;
