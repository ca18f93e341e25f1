import { inJurisdiction, REGIONS, type Region } from "@xiezuo/contracts";

export interface RegionChoice {
  region: Region;
  /** Indentation below the group's top level (0 for the shallowest region shown). */
  depth: number;
}

export interface RegionGroup {
  province: Region;
  choices: RegionChoice[];
}

const LEVEL_DEPTH: Record<Region["level"], number> = { province: 0, city: 1, county: 2 };
const PROVINCES = REGIONS.filter((r) => r.level === "province");

/** Everything under a province, in the list's order (each region before those below it). */
function regionsOf(province: Region): Region[] {
  const below = (code: string): Region[] => REGIONS.filter((r) => r.parentCode === code).flatMap((r) => [r, ...below(r.code)]);
  return [province, ...below(province.code)];
}

/**
 * The choices of a region picker, grouped by province. With `within` (a bureau's region), only
 * the regions of its jurisdiction: 433100 gives Xiangxi and its counties, 433126 Guzhang alone.
 */
export function listRegionGroups(within: string | null = null): RegionGroup[] {
  return PROVINCES.flatMap((province) => {
    const regions = regionsOf(province).filter((r) => within === null || inJurisdiction(r.code, within));
    if (regions.length === 0) return [];
    const top = Math.min(...regions.map((r) => LEVEL_DEPTH[r.level]));
    return [{ province, choices: regions.map((region) => ({ region, depth: LEVEL_DEPTH[region.level] - top })) }];
  });
}

/** Whether a picker with these groups lists `code`. */
export function listsRegion(groups: readonly RegionGroup[], code: string): boolean {
  return groups.some((group) => group.choices.some((choice) => choice.region.code === code));
}
