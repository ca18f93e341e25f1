import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAMILY_DICTIONARY, toPositionProfile, toSeekerProfile } from "./match-profiles.ts";
import {
  ageOn,
  birthDayRange,
  meetsHardConstraints,
  type PositionProfile,
  rankPositionsForSeeker,
  rankSeekersForPosition,
  type SeekerProfile,
  toDayNumber,
} from "./match-scoring.ts";

const FAMILIES = ["weld", "general", "fork", "drive", "cook", "elec"];
const CITIES = ["济南", "长沙", "吉首", "青岛"];

const dayArb = fc
  .record({ y: fc.integer({ min: 1950, max: 2010 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => y * 10_000 + m * 100 + d);
const todayArb = fc
  .record({ y: fc.integer({ min: 2020, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => y * 10_000 + m * 100 + d);

const seekerArb: fc.Arbitrary<SeekerProfile> = fc.record({
  id: fc.uuid(),
  gender: fc.constantFrom("MALE" as const, "FEMALE" as const),
  birthDay: dayArb,
  wantedKeys: fc.uniqueArray(fc.constantFrom(...FAMILIES), { maxLength: 2 }),
  familyKeys: fc.uniqueArray(fc.constantFrom(...FAMILIES), { maxLength: 3 }),
  cityKeys: fc.uniqueArray(fc.constantFrom(...CITIES), { maxLength: 2 }),
  expectedWageMin: fc.option(fc.integer({ min: 2000, max: 12000 }), { nil: null }),
  needsLodging: fc.boolean(),
  povertyStatus: fc.option(fc.constantFrom("REGISTERED_POOR" as const, "LIFTED" as const, "MONITORED" as const, "NONE" as const), {
    nil: null,
  }),
});

const positionArb: fc.Arbitrary<PositionProfile> = fc
  .record({
    id: fc.uuid(),
    status: fc.constantFrom("OPEN" as const, "CLOSED" as const),
    gender: fc.constantFrom("ANY" as const, "MALE" as const, "FEMALE" as const),
    ageMin: fc.option(fc.integer({ min: 16, max: 50 }), { nil: null }),
    ageSpan: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    city: fc.constantFrom(...CITIES),
    wageMin: fc.integer({ min: 2000, max: 10000 }),
    wageSpan: fc.integer({ min: 0, max: 4000 }),
    lodgingProvided: fc.boolean(),
    familyKeys: fc.uniqueArray(fc.constantFrom(...FAMILIES), { maxLength: 2 }),
  })
  .map(({ ageSpan, wageSpan, ...p }) => ({
    ...p,
    cityKey: p.city,
    ageMax: ageSpan === null ? null : (p.ageMin ?? 16) + ageSpan,
    wageMax: p.wageMin + wageSpan,
  }));

function violates(seeker: SeekerProfile, position: PositionProfile, today: number): boolean {
  const age = ageOn(seeker.birthDay, today);
  return (
    position.status === "CLOSED" ||
    (position.gender !== "ANY" && position.gender !== seeker.gender) ||
    (position.ageMin !== null && age < position.ageMin) ||
    (position.ageMax !== null && age > position.ageMax)
  );
}

const options = (today: number, limit = 50) => ({ today, limit, dictionary: FAMILY_DICTIONARY });

describe("hard constraints", () => {
  it("never lets a ranked position violate age, gender or status", () => {
    fc.assert(
      fc.property(seekerArb, fc.array(positionArb, { maxLength: 30 }), todayArb, (seeker, positions, today) => {
        const ranked = rankPositionsForSeeker(seeker, positions, options(today));
        const byId = new Map(positions.map((p) => [p.id, p]));
        for (const match of ranked) expect(violates(seeker, byId.get(match.positionId)!, today)).toBe(false);
        // Everything admissible is ranked (up to the limit): the filter is not over-eager either.
        const admissible = new Set(positions.filter((p) => !violates(seeker, p, today)).map((p) => p.id));
        expect(ranked.length).toBe(Math.min(50, admissible.size));
      }),
    );
  });

  it("never lets a ranked seeker violate the position's requirements", () => {
    fc.assert(
      fc.property(positionArb, fc.array(seekerArb, { maxLength: 30 }), todayArb, (position, seekers, today) => {
        const ranked = rankSeekersForPosition(position, seekers, options(today));
        const byId = new Map(seekers.map((s) => [s.id, s]));
        for (const match of ranked) expect(violates(byId.get(match.seekerId)!, position, today)).toBe(false);
        if (position.status === "CLOSED") expect(ranked).toEqual([]);
      }),
    );
  });

  it("birthDayRange selects exactly the seekers whose age on the day is in range", () => {
    fc.assert(
      fc.property(dayArb, todayArb, fc.integer({ min: 16, max: 60 }), fc.integer({ min: 0, max: 20 }), (birthDay, today, ageMin, span) => {
        const { from, to } = birthDayRange(today, ageMin, ageMin + span);
        const age = ageOn(birthDay, today);
        expect(birthDay >= from! && birthDay <= to!).toBe(age >= ageMin && age <= ageMin + span);
      }),
    );
  });
});

describe("ranking", () => {
  it("is sorted by score, ties by id, and the same input always gives the same output", () => {
    fc.assert(
      fc.property(seekerArb, fc.array(positionArb, { maxLength: 30 }), todayArb, (seeker, positions, today) => {
        const ranked = rankPositionsForSeeker(seeker, positions, options(today));
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          expect(a.score > b.score || (a.score === b.score && a.positionId < b.positionId)).toBe(true);
        }
        expect(rankPositionsForSeeker(seeker, [...positions].reverse(), options(today))).toEqual(ranked);
      }),
    );
  });

  it("respects the limit", () => {
    fc.assert(
      fc.property(seekerArb, fc.array(positionArb, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (seeker, positions, limit) => {
        expect(rankPositionsForSeeker(seeker, positions, options(20260101, limit)).length).toBeLessThanOrEqual(limit);
      }),
    );
  });
});

describe("reasons", () => {
  const seeker = toSeekerProfile({
    id: "s",
    gender: "MALE",
    birthDate: new Date("1990-06-01T00:00:00Z"),
    skills: ["电焊"],
    jobFamilies: [],
    preferredCities: ["济南市"],
    expectedWageMin: 5000,
    needsLodging: true,
    povertyStatus: "REGISTERED_POOR",
  });
  const position = toPositionProfile({
    id: "p",
    title: "氩弧焊工",
    description: "",
    tags: [],
    status: "OPEN",
    gender: "ANY",
    ageMin: 18,
    ageMax: 50,
    city: "济南",
    wageMin: 6000,
    wageMax: 8000,
    lodgingProvided: true,
  });

  it("names the skill, city, wage, lodging and priority in Chinese", () => {
    const [match] = rankPositionsForSeeker(seeker, [position], options(20260520));
    expect(match!.reasons).toEqual([
      "技能匹配：焊工",
      "意向城市：济南",
      "月薪 6000–8000 元，高于期望 5000 元",
      "需要住宿，岗位包住",
      "建档立卡户优先",
    ]);
    expect(match!.score).toBe(115);
  });

  it("drops a position the seeker is one day too young for, and takes it on the birthday", () => {
    const strict = { ...position, ageMin: 36 };
    expect(meetsHardConstraints(seeker, strict, 20260531)).toBe(false);
    expect(meetsHardConstraints(seeker, strict, 20260601)).toBe(true);
  });

  it("reads today as a date in China", () => {
    expect(toDayNumber(new Date("2026-05-19T16:30:00Z"))).toBe(20260520);
  });
});

describe("what the seeker wants to do", () => {
  const position = (id: string, title: string, city: string, wage: number, lodgingProvided: boolean) =>
    toPositionProfile({
      id,
      title,
      description: "",
      tags: [],
      status: "OPEN",
      gender: "ANY",
      ageMin: null,
      ageMax: null,
      city,
      wageMin: wage,
      wageMax: wage + 1000,
      lodgingProvided,
    });
  const seeker = (jobFamilies: string[], skills: string[] = []) =>
    toSeekerProfile({
      id: "s",
      gender: "MALE",
      birthDate: new Date("1990-03-01T00:00:00Z"),
      skills,
      jobFamilies,
      preferredCities: ["长沙"],
      expectedWageMin: 5000,
      needsLodging: true,
      povertyStatus: null,
    });
  const care = position("care", "养老护理员", "长沙", 7000, true);
  const weld = position("weld", "二保焊工", "青岛", 5000, false);

  it("outweighs a preferred city, a better wage and lodging together, and says so first", () => {
    expect(rankPositionsForSeeker(seeker([]), [care, weld], options(20260520))[0]!.positionId).toBe("care");
    const [first, second] = rankPositionsForSeeker(seeker(["焊工"]), [care, weld], options(20260520));
    expect(first).toMatchObject({ positionId: "weld", reasons: ["想做焊工", "月薪 5000–6000 元，达到期望 5000 元"] });
    expect(second!.positionId).toBe("care");
  });

  it("names the wish before a skill of the same trade, and counts both", () => {
    const [match] = rankPositionsForSeeker(seeker(["焊工"], ["电焊"]), [weld], options(20260520));
    expect(match!.reasons.slice(0, 2)).toEqual(["想做焊工", "技能匹配：焊工"]);
    expect(match!.score).toBe(60 + 40 + 20);
  });

  it("weighs a wish for a way of working (普工) less than a trade", () => {
    const line = position("line", "流水线操作工", "青岛", 5000, false);
    const [match] = rankPositionsForSeeker(seeker(["普工"]), [line], options(20260520));
    expect(match).toMatchObject({ score: 20 + 20, reasons: ["想做普工", "月薪 5000–6000 元，达到期望 5000 元"] });
  });

  it("ranks seekers who want the work first for a position", () => {
    const wants = { ...seeker(["焊工"]), id: "wants" };
    const skilled = { ...seeker([], ["电焊"]), id: "skilled" };
    expect(rankSeekersForPosition(weld, [skilled, wants], options(20260520)).map((m) => m.seekerId)).toEqual(["wants", "skilled"]);
  });
});
