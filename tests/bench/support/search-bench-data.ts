// Synthetic positions for the search latency benchmark: the relevance corpus's job
// templates spread over many employers, cities and wages, bulk-written straight into
// PostgreSQL and the index (the relevance part of the benchmark goes through the API).
import crypto from "node:crypto";
import { createSeededRandom, generateCreditCode } from "@xiezuo/contracts";
import type { Db } from "../../../apps/api/src/lib/prisma.ts";
import type { PositionForIndex, PositionIndex } from "../../../apps/api/src/modules/search/index.ts";
import type { RelevanceCorpus } from "../../../apps/api/src/modules/search/testing/relevance-corpus.ts";

const PLACES = ["济南", "章丘", "长沙", "株洲", "衡阳", "吉首", "古丈", "凤凰", "花垣", "青岛", "淄博", "岳阳"];
const BRANDS = [
  "华信",
  "鲁润",
  "湘泰",
  "恒通",
  "金源",
  "泰和",
  "宏达",
  "新程",
  "瑞丰",
  "远航",
  "东岳",
  "齐盛",
  "盛世",
  "安达",
  "永兴",
  "联创",
];
const TRADES = [
  "机械制造",
  "食品",
  "物流",
  "物业服务",
  "电子科技",
  "服装",
  "建设工程",
  "酒店管理",
  "家政服务",
  "保安服务",
  "汽车零部件",
  "茶业",
];
const KINDS = ["SOE", "PRIVATE", "FOREIGN", "PUBLIC", "OTHER"] as const;
const SHIFTS = ["", "（长白班）", "（两班倒）", "（急招）", "（熟手优先）"];

export interface SyntheticData {
  employers: PositionForIndex["employer"][];
  positions: PositionForIndex[];
}

export function buildSyntheticPositions(corpus: RelevanceCorpus, count: number, fairId: string, seed = 42): SyntheticData {
  const random = createSeededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // The corpus's own employers take part too, so queries naming them (重汽, 蓝思) find positions.
  const known = new Map(
    corpus.employers.map((e) => [e.key, { id: crypto.randomUUID(), name: e.name, shortName: null, kind: e.kind, city: e.city }] as const),
  );
  const synthetic = Array.from({ length: Math.max(20, Math.ceil(count / 100)) }, (_, i) => {
    const place = PLACES[i % PLACES.length]!;
    return {
      id: crypto.randomUUID(),
      name: `${place}${BRANDS[i % BRANDS.length]}${TRADES[i % TRADES.length]}有限公司${i >= BRANDS.length * TRADES.length ? `第${i}分公司` : ""}`,
      shortName: null,
      kind: KINDS[i % KINDS.length]!,
      city: place === "章丘" ? "济南" : place,
    };
  });
  const employers = [...known.values(), ...synthetic];
  const updatedAt = new Date();
  const positions = Array.from({ length: count }, (_, i): PositionForIndex => {
    const template = corpus.positions[i % corpus.positions.length]!;
    const employer = i % 5 === 0 ? known.get(template.employerKey)! : synthetic[i % synthetic.length]!;
    const shift = Math.round((random() - 0.5) * 1600);
    const wageMin = Math.max(1800, template.wageMin + shift);
    return {
      id: crypto.randomUUID(),
      title: `${template.title}${pick(SHIFTS)}`,
      description: template.description.replace(/工作地点：[^。]*。/, `工作地点：${employer.city}。`),
      tags: [],
      openings: 1 + Math.floor(random() * 50),
      wageMin,
      wageMax: wageMin + template.wageMax - template.wageMin,
      city: employer.city,
      foodProvided: random() < 0.55,
      lodgingProvided: random() < 0.6,
      ageMin: 18,
      ageMax: 55,
      gender: "ANY",
      status: "OPEN",
      updatedAt,
      employer,
      fairIds: [fairId],
    };
  });
  return { employers, positions };
}

const CHUNK = 5_000;

/** Writes the synthetic fair, employers, positions and links with bulk inserts. */
export async function writeSyntheticRows(db: Db, data: SyntheticData, fairId: string, seed = 7): Promise<void> {
  const random = createSeededRandom(seed);
  await db.fair.create({
    data: {
      id: fairId,
      title: "检索性能测试招聘会",
      venue: "济南国际会展中心",
      startsAt: new Date("2026-06-01T01:00:00Z"),
      endsAt: new Date("2026-06-01T08:00:00Z"),
      hostRegionCode: "370100",
      status: "OPEN",
    },
  });
  const creditCodes = new Set<string>();
  while (creditCodes.size < data.employers.length) creditCodes.add(generateCreditCode(random));
  const codes = [...creditCodes];
  await db.employer.createMany({
    data: data.employers.map((e, i) => ({
      id: e.id,
      name: e.name,
      creditCode: codes[i]!,
      kind: e.kind,
      regionCode: "370102",
      city: e.city,
    })),
  });
  for (let i = 0; i < data.positions.length; i += CHUNK) {
    const part = data.positions.slice(i, i + CHUNK);
    await db.position.createMany({
      data: part.map(({ employer, fairIds: _, updatedAt: __, ...p }) => ({ ...p, employerId: employer.id })),
    });
    await db.fairPosition.createMany({ data: part.map((p) => ({ fairId, positionId: p.id })) });
  }
}

/** Indexes the positions in chunks; each chunk is searchable when its call returns. */
export async function indexSyntheticPositions(index: PositionIndex, positions: readonly PositionForIndex[]): Promise<void> {
  for (let i = 0; i < positions.length; i += CHUNK) await index.upsert(positions.slice(i, i + CHUNK));
}
