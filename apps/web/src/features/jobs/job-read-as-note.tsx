import { Link } from "react-router";
import { type JobFilters, toPageParams } from "./job-search-params.ts";

interface JobReadAsNoteProps {
  /** The words as the search read them (旱工 → 焊工, dianhan → 电焊). */
  readAs: string;
  filters: JobFilters;
}

/**
 * Says plainly that the words were read otherwise than typed (a wrong character picked on a
 * pinyin keyboard, or bare pinyin), with one tap to search exactly what was typed.
 */
export function JobReadAsNote({ readAs, filters }: JobReadAsNoteProps) {
  return (
    <p className="notice notice--info job-read-as" role="status" data-testid="job-read-as">
      <span>已按“{readAs}”搜索</span>
      <Link className="job-read-as__typed" to={{ search: `?${toPageParams({ ...filters, exact: true })}` }}>
        仍然搜索“{filters.q}”
      </Link>
    </p>
  );
}
