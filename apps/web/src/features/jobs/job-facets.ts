export interface FacetChoice {
  value: string;
  /** Matching positions, or null when the chosen value is not among the counted ones. */
  count: number | null;
}

/**
 * The city chips: most positions first (ties by name), at most `max`, always including
 * the chosen city so it can be seen and switched off.
 */
export function getCityChoices(facets: Readonly<Record<string, number>>, selected: string | null, max = 8): FacetChoice[] {
  const sorted = Object.entries(facets)
    .filter(([, count]) => count > 0)
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, "zh-CN"))
    .map(([value, count]) => ({ value, count }));
  const top: FacetChoice[] = sorted.slice(0, max);
  if (selected && !top.some((choice) => choice.value === selected)) {
    top.push({ value: selected, count: facets[selected] ?? null });
  }
  return top;
}
