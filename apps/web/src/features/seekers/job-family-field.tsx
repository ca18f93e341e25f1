import { useId, useState } from "react";
import { Chip } from "../jobs/index.ts";
import { getJobFamilyChoices, MAX_CHOSEN_JOB_FAMILIES, toggleJobFamily } from "./job-family-choices.ts";
import "./seekers.css";

interface JobFamilyFieldProps {
  /** The chip group's id (the form moves focus here when the API refuses a choice). */
  id: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  /** Who is asked: the person on their own phone (您) or staff at the desk (本人). */
  hint?: string;
}

/** 想做什么工作: tappable chips, several allowed; the common kinds of work first, the rest on request. */
export function JobFamilyField({ id, value, onChange, error, hint }: JobFamilyFieldProps) {
  const hintId = useId();
  const [showAll, setShowAll] = useState(false);
  const choices = getJobFamilyChoices(showAll, value);
  return (
    <fieldset className="field job-family-field" aria-describedby={hintId}>
      <legend>
        想做什么工作<span className="field__optional">（选填，可多选）</span>
      </legend>
      <p id={hintId} className="field__hint">
        {hint ?? `最多选 ${MAX_CHOSEN_JOB_FAMILIES} 个，会优先推荐这些工作。`}
      </p>
      <div className="chip-group__chips" id={id} tabIndex={-1}>
        {choices.map((name) => (
          <Chip key={name} isOn={value.includes(name)} onClick={() => onChange(toggleJobFamily(value, name))}>
            {name}
          </Chip>
        ))}
        <button type="button" className="chip job-family-field__more" aria-expanded={showAll} onClick={() => setShowAll((all) => !all)}>
          {showAll ? "收起" : "更多工种…"}
        </button>
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
