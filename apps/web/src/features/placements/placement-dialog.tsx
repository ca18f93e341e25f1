import { PlacementChannelSchema, type PlacementDetail, STAFF_LABELS, toChinaDate } from "@xiezuo/contracts";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { mapIssuesToFields } from "../../lib/form-errors.ts";
import { type PlacementField, type PlacementFormValues, validatePlacementForm } from "./placement-model.ts";
import { createPlacement } from "./placements-api.ts";

const FIELDS: readonly PlacementField[] = ["startedOn", "monthlyWage", "workCity", "channel"];

interface PlacementDialogProps {
  seeker: { id: string; name: string };
  employer: { id: string; name: string };
  position?: { id: string; title: string; city?: string; wageMin?: number };
  onClose: () => void;
  onCreated: (placement: PlacementDetail) => void;
}

/** 登记上岗: records that a hired seeker started work (an employer's account for itself only). */
export function PlacementDialog({ seeker, employer, position, onClose, onCreated }: PlacementDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<PlacementFormValues>({
    startedOn: toChinaDate(new Date()),
    monthlyWage: position?.wageMin ? String(position.wageMin) : "",
    workCity: position?.city ?? "",
    channel: "FAIR",
  });
  const [errors, setErrors] = useState<Partial<Record<PlacementField, string>>>({});
  const [alert, setAlert] = useState<{ text: string; existingId?: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const set = (field: PlacementField) => (event: { target: { value: string } }) => {
    setValues((previous) => ({ ...previous, [field]: event.target.value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validatePlacementForm(
      values,
      { seekerId: seeker.id, employerId: employer.id, ...(position ? { positionId: position.id } : {}) },
      toChinaDate(new Date()),
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setIsBusy(true);
    setAlert(null);
    try {
      onCreated(await createPlacement(checked.request));
      onClose();
    } catch (error) {
      if (isApiRequestError(error) && error.code === "VALIDATION_FAILED") setErrors(mapIssuesToFields(error.issues, FIELDS).fieldErrors);
      const existingId = isApiRequestError(error) && typeof error.details.existingId === "string" ? error.details.existingId : undefined;
      setAlert({ text: describeError(error), existingId });
      setIsBusy(false);
    }
  }

  const input = (field: PlacementField, hint?: string) => fieldInputProps(`${id}-${field}`, { error: errors[field], hint });

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        登记上岗：{seeker.name}
      </h2>
      <p className="muted">
        {employer.name}
        {position ? ` · ${position.title}` : ""}
      </p>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <FormField id={`${id}-startedOn`} label="上岗日期" error={errors.startedOn}>
          <input type="date" value={values.startedOn} onChange={set("startedOn")} {...input("startedOn")} />
        </FormField>
        <FormField id={`${id}-monthlyWage`} label="月工资（元）" error={errors.monthlyWage}>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={values.monthlyWage}
            onChange={set("monthlyWage")}
            {...input("monthlyWage")}
          />
        </FormField>
        <FormField id={`${id}-workCity`} label="务工城市" error={errors.workCity}>
          <input type="text" value={values.workCity} onChange={set("workCity")} {...input("workCity")} />
        </FormField>
        <FormField id={`${id}-channel`} label="就业渠道" error={errors.channel}>
          <select value={values.channel} onChange={set("channel")} {...input("channel")}>
            {PlacementChannelSchema.options.map((channel) => (
              <option key={channel} value={channel}>
                {STAFF_LABELS.placementChannel[channel]}
              </option>
            ))}
          </select>
        </FormField>
        <div className="form-alert" role="alert">
          {alert?.text}
          {alert?.existingId && (
            <>
              {" "}
              <Link to={`/placements/${alert.existingId}`}>查看已有记录</Link>
            </>
          )}
        </div>
        <div className="button-row dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose} disabled={isBusy}>
            取消
          </button>
          <button type="submit" className="button" disabled={isBusy} aria-busy={isBusy}>
            {isBusy ? "正在保存…" : "确认上岗"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
