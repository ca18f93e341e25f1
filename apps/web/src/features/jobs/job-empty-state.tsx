import { getRelaxations, type JobFilters } from "./job-search-params.ts";

const SUGGESTED_WORDS = ["普工", "焊工", "做饭", "包吃住", "保安", "快递"];

interface JobEmptyStateProps {
  filters: JobFilters;
  onChange: (filters: JobFilters) => void;
}

/** No result: say so plainly and offer one-tap ways out. */
export function JobEmptyState({ filters, onChange }: JobEmptyStateProps) {
  const relaxations = getRelaxations(filters);
  return (
    <div className="empty-state job-empty">
      <p className="empty-state__title">没有找到合适的岗位</p>
      <p className="muted">
        {filters.q ? `没有和“${filters.q}”相符的岗位。` : "当前条件下没有岗位。"}
        {relaxations.length > 0 ? "可以少选几个条件试试：" : "可以换个说法再搜。"}
      </p>
      {relaxations.length > 0 && (
        <div className="button-row job-empty__actions">
          {relaxations.map((relaxation) => (
            <button key={relaxation.label} type="button" className="button button--secondary" onClick={() => onChange(relaxation.filters)}>
              {relaxation.label}
            </button>
          ))}
        </div>
      )}
      <p className="job-empty__words-label">试试这些词：</p>
      <div className="chip-group__chips job-empty__words">
        {SUGGESTED_WORDS.map((word) => (
          <button
            key={word}
            type="button"
            className="chip"
            onClick={() =>
              onChange({ ...filters, q: word, exact: false, city: null, wageMin: null, employerKind: null, foodAndLodging: false })
            }
          >
            {word}
          </button>
        ))}
      </div>
    </div>
  );
}
