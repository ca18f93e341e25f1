import { toChinaDate } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { useApiForm } from "../../lib/use-api-form.ts";
import { addHouseholdVisit } from "./alerts-api.ts";
import { VISIT_NOTE_MAX, type VisitField, type VisitFormValues, validateVisitForm } from "./alerts-model.ts";

const FIELDS: readonly VisitField[] = ["visitedOn", "note"];
const NOTE_HINT = "家里现状、需要的帮扶，如：已回乡照顾老人，想找县内工作";

/** 上门走访: the date and what was found; once saved, the list shows it as the last visit. */
export function VisitForm({ householdId, onSaved }: { householdId: string; onSaved: (message: string) => void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const today = toChinaDate(new Date());
  const [values, setValues] = useState<VisitFormValues>({ visitedOn: today, note: "" });
  const fieldId = (field: VisitField) => `${id}-${field}`;
  const form = useApiForm({
    fields: FIELDS,
    fieldId,
    formRef,
    send: (request: VisitFormValues) => addHouseholdVisit(householdId, { visitedOn: request.visitedOn, note: request.note.trim() }),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateVisitForm(values, today);
    if (Object.keys(errors).length > 0) {
      form.showErrors(errors, []);
      return;
    }
    const visit = await form.submit(values);
    if (visit) onSaved(`已记录 ${visit.visitedOn} 的上门走访`);
  }

  const change = (field: VisitField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  };

  return (
    <form ref={formRef} className="visit-form" onSubmit={handleSubmit} noValidate aria-label="登记上门走访">
      <div className="form-alert" role="alert">
        {form.formError}
      </div>
      <FormField id={fieldId("visitedOn")} label="走访日期" error={form.errors.visitedOn}>
        <input
          {...fieldInputProps(fieldId("visitedOn"), { error: form.errors.visitedOn })}
          type="date"
          max={today}
          value={values.visitedOn}
          onChange={(event) => change("visitedOn", event.target.value)}
        />
      </FormField>
      <FormField id={fieldId("note")} label="走访情况" error={form.errors.note} hint={NOTE_HINT}>
        <textarea
          {...fieldInputProps(fieldId("note"), { error: form.errors.note, hint: NOTE_HINT })}
          rows={3}
          maxLength={VISIT_NOTE_MAX}
          value={values.note}
          onChange={(event) => change("note", event.target.value)}
        />
      </FormField>
      <button type="submit" className="button" disabled={form.isSubmitting} aria-busy={form.isSubmitting}>
        {form.isSubmitting ? "正在保存…" : "保存走访"}
      </button>
    </form>
  );
}
