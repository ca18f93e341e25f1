import type { EmployerKind } from "@xiezuo/contracts";
import { type ReactNode, useLayoutEffect, useRef } from "react";
import { formatNumber } from "../../lib/format.ts";
import { EMPLOYER_KIND_SHORT_LABELS, EMPLOYER_KINDS } from "../employers/index.ts";
import { getCityChoices } from "./job-facets.ts";
import { type JobFilters, WAGE_CHOICES } from "./job-search-params.ts";

interface JobFiltersProps {
  filters: JobFilters;
  /** A wage floor the search read from the typed words (月薪5000以上), shown as the chosen wage chip. */
  wordsWageMin?: number | null;
  cityFacets: Readonly<Record<string, number>>;
  employerKindFacets: Readonly<Record<string, number>>;
  onChange: (filters: JobFilters) => void;
}

/** Chips: one tap each, big enough for a thumb, toggle buttons for screen readers. */
export function JobFilterChips({ filters, cityFacets, employerKindFacets, onChange, wordsWageMin = null }: JobFiltersProps) {
  // A chip wins over the words; without one, the words' floor is what the search applies.
  const wordsWage = filters.wageMin === null ? wordsWageMin : null;
  const wageChoices =
    wordsWage !== null && !WAGE_CHOICES.includes(wordsWage) ? [...WAGE_CHOICES, wordsWage].sort((a, b) => a - b) : WAGE_CHOICES;
  const cities = getCityChoices(cityFacets, filters.city);
  // Kinds with no positions are hidden, except the chosen one.
  const kinds = EMPLOYER_KINDS.filter((kind) => (employerKindFacets[kind] ?? 0) > 0 || kind === filters.employerKind);

  return (
    <div className="chip-groups">
      <ChipGroup label="待遇">
        <Chip isOn={filters.foodAndLodging} onClick={() => onChange({ ...filters, foodAndLodging: !filters.foodAndLodging })}>
          包吃住
        </Chip>
      </ChipGroup>

      <ChipGroup label="工资">
        <Chip isOn={filters.wageMin === null && wordsWage === null} onClick={() => onChange({ ...filters, wageMin: null })}>
          不限
        </Chip>
        {wageChoices.map((wage) => (
          <Chip
            key={wage}
            isOn={filters.wageMin === wage || wordsWage === wage}
            onClick={() => onChange({ ...filters, wageMin: filters.wageMin === wage ? null : wage })}
          >
            {wage}以上
            {wordsWage === wage && <span className="visually-hidden">（按搜索词）</span>}
          </Chip>
        ))}
      </ChipGroup>

      {(cities.length > 0 || filters.city) && (
        <ChipGroup label="城市">
          <Chip isOn={filters.city === null} onClick={() => onChange({ ...filters, city: null })}>
            不限
          </Chip>
          {cities.map((city) => (
            <Chip
              key={city.value}
              isOn={filters.city === city.value}
              onClick={() => onChange({ ...filters, city: filters.city === city.value ? null : city.value })}
            >
              {city.value}
              {city.count !== null && (
                <>
                  <span className="chip__count" aria-hidden="true">
                    {formatNumber(city.count)}
                  </span>
                  <span className="visually-hidden">（{formatNumber(city.count)} 个岗位）</span>
                </>
              )}
            </Chip>
          ))}
        </ChipGroup>
      )}

      {kinds.length > 1 || filters.employerKind ? (
        <ChipGroup label="单位">
          <Chip isOn={filters.employerKind === null} onClick={() => onChange({ ...filters, employerKind: null })}>
            不限
          </Chip>
          {kinds.map((kind: EmployerKind) => (
            <Chip
              key={kind}
              isOn={filters.employerKind === kind}
              onClick={() => onChange({ ...filters, employerKind: filters.employerKind === kind ? null : kind })}
            >
              {EMPLOYER_KIND_SHORT_LABELS[kind]}
            </Chip>
          ))}
        </ChipGroup>
      ) : null}
    </div>
  );
}

function ChipGroup({ label, children }: { label: string; children: ReactNode }) {
  const chipsRef = useRef<HTMLDivElement>(null);

  // On phones a group scrolls sideways: keep the chosen chip in view (only that row moves).
  useLayoutEffect(() => {
    const row = chipsRef.current;
    const chosen = row?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (!row || !chosen || row.scrollWidth <= row.clientWidth) return;
    const start = chosen.offsetLeft - row.offsetLeft;
    const isHidden = start < row.scrollLeft || start + chosen.offsetWidth > row.scrollLeft + row.clientWidth;
    if (isHidden) row.scrollLeft = Math.max(0, start - 16);
  });

  return (
    // A rendered legend does not take part in grid layout: the legend is for screen readers,
    // the visible label is a plain (hidden from them) copy in the grid.
    <fieldset className="chip-fieldset">
      <legend className="visually-hidden">{label}</legend>
      <div className="chip-group">
        <span className="chip-group__label" aria-hidden="true">
          {label}
        </span>
        <div ref={chipsRef} className="chip-group__chips">
          {children}
        </div>
      </div>
    </fieldset>
  );
}

/** A toggle chip; also used by the self-registration form (意向城市, 期望月薪). */
export function Chip({ isOn, onClick, children }: { isOn: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="chip" aria-pressed={isOn} onClick={onClick}>
      {isOn && (
        <span className="chip__check" aria-hidden="true">
          ✓
        </span>
      )}
      {children}
    </button>
  );
}
