import { REGIONS, type Region } from "@xiezuo/contracts";
import type { SelectHTMLAttributes } from "react";

const PROVINCES = REGIONS.filter((r) => r.level === "province");

/** Everything under a province, in the list's order, indented by level. */
function regionsOf(province: Region): Region[] {
  const below = (code: string): Region[] => REGIONS.filter((r) => r.parentCode === code).flatMap((r) => [r, ...below(r.code)]);
  return [province, ...below(province.code)];
}

const INDENT: Record<Region["level"], string> = { province: "", city: "　", county: "　　" };

/**
 * A region picked from the GB/T 2260 list by name (grouped by province), never a typed code.
 * `emptyLabel` adds a first "none" choice for optional fields.
 */
export function RegionSelect({ emptyLabel, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { emptyLabel: string }) {
  return (
    <select {...props}>
      <option value="">{emptyLabel}</option>
      {PROVINCES.map((province) => (
        <optgroup key={province.code} label={province.name}>
          {regionsOf(province).map((r) => (
            <option key={r.code} value={r.code}>
              {INDENT[r.level]}
              {r.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
