// The maintained dictionary of job families. A seeker's word (焊工, 做饭, 看门) and an
// employer's title (氩弧焊工, 炊事员, 门卫) meet in the family they share. Add words to a
// family when seekers use them; add a family when a kind of work has none. Keys are
// lowercase ASCII letters a–y: they become index tokens (see familyToken). A word may
// belong to two families (车工 sews clothes or turns metal).
//
// generic: words that name a way of working rather than a trade (操作工, 技术员). A title
// whose words also name a trade belongs to that trade: 焊接操作工 is a welder.
export interface JobFamily {
  key: string;
  label: string;
  terms: readonly string[];
  generic?: boolean;
}

/** One family; its words are written space-separated to keep the dictionary readable. */
function family(key: string, label: string, words: string, options: { generic?: boolean } = {}): JobFamily {
  return { key, label, terms: words.split(/\s+/).filter(Boolean), ...options };
}

export const JOB_FAMILIES: readonly JobFamily[] = [
  family("weld", "焊工", "焊 焊工 电焊 电焊工 氩弧焊 氩弧焊工 二保焊 气保焊 气保焊工 焊接 焊接工 点焊 激光焊 铆焊 焊割 气割 切割工"),
  family(
    "general",
    "普工",
    "普工 操作工 生产线 流水线 装配 装配工 组装 组装工 生产工 操作员 作业员 车间工人 计件工 临时工 杂工 小工 工厂 进厂 厂里 厂工",
    { generic: true },
  ),
  family("fork", "叉车工", "叉车 叉车工 叉车司机 叉车操作员 叉车驾驶 叉车驾驶员 开叉车 电瓶叉车"),
  family(
    "drive",
    "司机",
    "司机 驾驶员 驾驶 开车 货车 大车 卡车 货运 送货司机 配送司机 物流司机 B2 A2 A1 C1 驾照 网约车 出租车 公交 客车 班车 跑车 拉货 挂车",
  ),
  family("elec", "电工", "电工 维修电工 高低压电工 低压电工 高压电工 电气 电工证 弱电 强电 配电 水电工 电气维修 布线"),
  family("qc", "质检员", "质检 质检员 品检 品检员 检验 检验员 品质 品管 QC QA 质量检验 检测员 验货 全检 抽检 品质检验"),
  family("cnc", "数控/机床", "数控 CNC 加工中心 车床 机床 铣床 磨床 钻床 数控车 车工 铣工 磨工 机加工 编程"),
  family(
    "cook",
    "厨师",
    "厨师 厨工 帮厨 做饭 炒菜 煮饭 烧饭 面点 面点师 炊事 炊事员 厨房 厨 大厨 厨师长 切配 砧板 打荷 配菜 烹饪 烧菜 食堂 白案 红案 西点 烘焙 面包师 蛋糕 做菜",
  ),
  family("elex", "电子装配", "电子 电子装配 电子厂 SMT 贴片 插件 电子组装 焊锡 手机组装 电子产品 芯片 半导体 无尘车间"),
  family("store", "仓管", "仓管 仓管员 库管 库管员 仓库 仓库管理员 仓储 理货 理货员 保管员 物料员 出入库 盘点 收发员 拣货 备货 库房"),
  family(
    "guard",
    "保安",
    "保安 保安员 安保 安保员 门卫 巡逻 门岗 看门 看大门 值守 守门 护卫 押运 安检 安检员 秩序维护 消控 消防监控 监控员",
  ),
  family("pack", "包装工", "包装 包装工 包装员 打包 打包员 装箱 封箱 贴标 分装 成品包装"),
  family(
    "clean",
    "保洁",
    "保洁 保洁员 清洁 清洁工 环卫 环卫工 打扫 打扫卫生 搞卫生 卫生员 扫地 清扫 保洁阿姨 擦玻璃 洗衣 洗衣工 布草 洗碗",
  ),
  family(
    "sales",
    "客服/销售",
    "客服 客服专员 电商客服 在线客服 话务员 接线员 电话客服 导购 导购员 销售 销售代表 销售员 营业员 店员 促销 促销员 收银 收银员 电商 电子商务 直播 主播 业务员 售货员 卖货 推销",
  ),
  family(
    "serve",
    "服务员",
    "服务员 餐厅服务员 客房服务员 客房 前台 前厅 接待 接待员 迎宾 传菜 传菜员 礼宾 行李员 服务生 点菜 酒店 宾馆 餐厅 饭店 酒楼 餐馆 端盘子 收银台 包间 奶茶 咖啡",
  ),
  family(
    "parcel",
    "快递/分拣",
    "快递 快递员 分拣 分拣员 分拣工 包裹 派送 派件 揽件 揽收 配送员 送货员 外卖 骑手 送餐员 跑腿 送快递 送外卖 快递配送",
  ),
  family(
    "build",
    "建筑工",
    "建筑 建筑工 工地 瓦工 泥瓦工 泥工 木工 钢筋 钢筋工 砌筑 砌墙 砌砖 抹灰 架子工 水泥工 混凝土 油工 装修 装修工 防水 搬砖 贴砖 瓷砖 施工 腻子",
  ),
  family("sew", "缝纫/制衣", "缝纫 缝纫工 车缝 车缝工 制衣 制衣工 服装 平车 裁缝 裁剪 裁床 锁边 整烫 熨烫 针车 车工 服装厂 做衣服 缝纫机"),
  family("textile", "纺织", "纺织 纺织工 纺纱 织布 挡车工 络筒 细纱 印染 织机 针织"),
  family("care", "护理/护工", "护理 护理员 护工 养老 养老护理 养老护理员 老人 照护 陪护 看护 照顾老人 养老院 敬老院 失能 康养"),
  family(
    "home",
    "家政/育婴",
    "家政 家政服务 家政服务员 保姆 住家保姆 月嫂 育婴 育婴师 育儿嫂 钟点工 小时工 带孩子 带小孩 看孩子 母婴 母婴护理 家务 做家务 催乳",
  ),
  family("tea", "茶叶", "茶 茶叶 采茶 采茶工 制茶 制茶工 茶园 茶厂 炒茶 茶农 茶场 毛尖"),
  family("farm", "种植/果园", "果园 果农 种植 猕猴桃 采摘 摘果 农业 农场 种地 大棚 蔬菜 水果 果树 苗木 农技 务农 种菜 柑橘 脐橙 黄桃"),
  family("livestock", "养殖", "养殖 养猪 养鸡 养牛 养羊 饲养 饲养员 畜牧 兽医 水产 养鱼"),
  family("garden", "绿化", "绿化 园林 园艺 花卉 绿化工 养护工 修剪 草坪"),
  family(
    "mech",
    "维修/汽修",
    "维修 维修工 汽修 汽车维修 修车 机修 机修工 修理工 设备维护 设备维修 保全 机电维修 洗车 洗车工 汽车美容 补胎",
  ),
  family("metal", "钳工/钣金", "钳工 模具 模具工 铆工 钣金 钣金工 折弯 剪板 冲压 冲压工 冲床 铸造 锻造 热处理 压铸 金属加工"),
  family("paint", "喷涂/打磨", "喷漆 喷涂 喷漆工 喷涂工 油漆 油漆工 打磨 打磨工 抛光 抛光工 涂装 喷粉 刷漆"),
  family("lift", "搬运/装卸", "搬运 搬运工 装卸 装卸工 力工 上货 卸货 码垛 扛包 搬家"),
  family(
    "crane",
    "挖掘机/起重",
    "挖掘机 挖机 铲车 装载机 推土机 吊车 塔吊 起重 起重工 行车工 天车 天车工 司索 信号工 压路机 工程机械 挖机司机 铲车司机 吊车司机 开挖机",
  ),
  family("plumb", "水暖", "水暖 水暖工 管道工 管工 水工 水电工 管道安装 暖通"),
  family("food", "食品加工", "食品加工 食品厂 屠宰 分割 肉制品 卤制品 腌制 酱料 豆制品 米粉 腊肉"),
  family("print", "印刷", "印刷 印刷工 丝印 移印 胶印 印刷机 覆膜 装订"),
  family("medic", "医护", "护士 医生 医师 药剂 药师 导诊 医院 诊所 康复师 卫生院 医护"),
  family("beauty", "美容美发", "美容 美发 理发 发型师 美甲 美容师 化妆 化妆师 按摩 足疗 推拿 修脚 保健"),
  family("teach", "教师/保育", "教师 老师 幼师 保育员 助教 培训师 家教 早教 幼儿园 托育"),
  family("office", "文员/行政", "文员 行政 前台 统计员 资料员 录入 录入员 打字员 助理 办公室 人事 招聘专员 内勤 档案"),
  family("account", "会计/出纳", "会计 出纳 财务 记账 核算 结算员 成本会计"),
  family("it", "IT/网络", "程序员 软件 开发工程师 前端 后端 运维 网管 网络管理 Java Python IT 计算机 电脑维修 数据标注"),
  family("tour", "导游/景区", "导游 讲解员 讲解 景区 检票员 售票员 旅游 民宿 演员 表演"),
  family("mine", "矿工", "矿工 井下 采矿 煤矿 掘进 爆破 矿山 选矿"),
  family("chem", "化工/制药", "化工 制药 药厂 反应釜 配料员 投料 发酵 提取工 化验员 化验"),
  family("sail", "船员/码头", "船员 海员 水手 码头 港口 轮机"),
  family("tech", "技术员", "技术员 工程师 工艺员 技工 师傅 学徒 技术工人", { generic: true }),
  family("lead", "管理", "班组长 组长 主管 经理 储备干部 管理员 领班 厂长 店长 管理", { generic: true }),
];

const FAMILY_BY_LABEL = new Map(JOB_FAMILIES.map((f) => [f.label, f]));

/** The family a person names by its label (焊工, 数控/机床): the words offered as 想做什么工作. */
export function findFamilyByLabel(label: string): JobFamily | undefined {
  return FAMILY_BY_LABEL.get(label);
}

/** The index token of a family: ASCII, never a prefix of another family's token. */
export function familyToken(key: string): string {
  return `jf${key}z`;
}
