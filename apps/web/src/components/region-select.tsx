import { regionPath } from "@xiezuo/contracts";
import type { SelectHTMLAttributes } from "react";
import { listRegionGroups, listsRegion } from "../lib/region-choices.ts";

const INDENT = ["", "　", "　　"];

/**
 * A region picked from the GB/T 2260 list by name (grouped by province), never a typed code.
 * `emptyLabel` adds a first "none" choice for optional fields. `within` (a bureau's region)
 * offers only the regions of that bureau's jurisdiction; a value outside the list still shows.
 */
export function RegionSelect({
  emptyLabel,
  within = null,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { emptyLabel?: string; within?: string | null }) {
  const groups = listRegionGroups(within);
  const value = typeof props.value === "string" ? props.value : "";
  return (
    <select {...props}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {value !== "" && !listsRegion(groups, value) && <option value={value}>{regionPath(value)}</option>}
      {groups.map(({ province, choices }) => (
        <optgroup key={province.code} label={province.name}>
          {choices.map(({ region, depth }) => (
            <option key={region.code} value={region.code}>
              {INDENT[depth] ?? ""}
              {region.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
