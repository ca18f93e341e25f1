import type { Position } from "@xiezuo/contracts";
import { type FormEvent, useId, useRef, useState } from "react";
import { FormField, fieldInputProps } from "../../components/form-field.tsx";
import { describeError, isApiRequestError } from "../../lib/api-client.ts";
import { getFirstErrorField, mapIssuesToFields } from "../../lib/form-errors.ts";
import { useApiData } from "../../lib/use-api-data.ts";
import { EmployerPicker, listEmployers } from "../users/index.ts";
import { FairCheckboxes } from "./fair-checkboxes.tsx";
import {
  POSITION_FIELD_ORDER,
  type PositionField,
  type PositionFieldErrors,
  type PositionFormValues,
  toCreatePositionRequest,
  toUpdatePositionRequest,
} from "./position-form-model.ts";
import { createPosition, updatePosition } from "./positions-api.ts";

interface PositionFormProps {
  initial: PositionFormValues;
  /** The position being edited; absent when posting a new one. */
  original?: Position;
  /** An admin chooses the employer of a new position; an employer posts for its own. */
  canChooseEmployer: boolean;
  /** The signed-in employer account's own employer (for its fairs). */
  ownEmployerId: string | null;
  onSaved: (position: Position) => void;
}

/** Hints shown under the inputs; also tell `fieldInputProps` which inputs have one. */
const HINTS: Partial<Record<PositionField, string>> = {
  title: "写大家常说的叫法，如：电焊工、普工、厨师",
  description: "干什么活、在哪里干、上什么班、有什么待遇，越具体越好",
  city: "如：济南",
  wageMax: "工资固定时，两项填一样",
  ageMin: "不限就不填",
  ageMax: "不限就不填",
  tags: "方便求职者搜到，用逗号或空格分开，如：电焊 氩弧焊 持证优先",
};

export function PositionForm({ initial, original, canChooseEmployer, ownEmployerId, onSaved }: PositionFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PositionFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const fieldId = (field: PositionField) => `${id}-${field}`;

  function update<K extends PositionField>(field: K, value: PositionFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function showErrors(fieldErrors: PositionFieldErrors, messages: string[]) {
    setErrors(fieldErrors);
    setFormError(messages.join("；"));
    const first = getFirstErrorField(fieldErrors, POSITION_FIELD_ORDER);
    if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}, [name="${first}"]`)?.focus();
  }

  function showCheckFailure(failure: { fieldErrors: PositionFieldErrors; otherErrors: string[] }) {
    const hasFieldErrors = Object.keys(failure.fieldErrors).length > 0;
    showErrors(failure.fieldErrors, [...(hasFieldErrors ? ["请按提示修改标出的项目"] : []), ...failure.otherErrors]);
  }

  async function submit(save: () => Promise<Position>) {
    setIsSubmitting(true);
    setFormError(null);
    try {
      onSaved(await save());
    } catch (error) {
      if (isApiRequestError(error) && error.issues.length > 0) {
        const mapped = mapIssuesToFields(error.issues, POSITION_FIELD_ORDER);
        showErrors(mapped.fieldErrors, [error.message, ...mapped.otherErrors]);
      } else {
        setFormError(describeError(error));
      }
      setIsSubmitting(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (original) {
      const checked = toUpdatePositionRequest(values, original);
      if (checked.ok) void submit(() => updatePosition(original.id, checked.request));
      else showCheckFailure(checked);
    } else {
      const checked = toCreatePositionRequest(values, { withEmployer: canChooseEmployer });
      if (checked.ok) void submit(() => createPosition(checked.request));
      else showCheckFailure(checked);
    }
  }

  const input = (field: PositionField) => ({
    ...fieldInputProps(fieldId(field), { hint: HINTS[field], error: errors[field] }),
    name: field,
  });
  const field = (name: PositionField) => ({ id: fieldId(name), hint: HINTS[name], error: errors[name] });
  const fairEmployerId = canChooseEmployer ? values.employerId : (original?.employerId ?? ownEmployerId ?? "");

  return (
    <form ref={formRef} className="form card position-form" onSubmit={handleSubmit} noValidate aria-busy={isSubmitting}>
      <div className="form-alert" role="alert">
        {formError}
      </div>

      {canChooseEmployer && (
        <AdminEmployerField
          id={fieldId("employerId")}
          value={values.employerId}
          onChange={(employerId) => {
            update("employerId", employerId);
            update("fairIds", []);
          }}
          error={errors.employerId}
        />
      )}

      <FormField {...field("title")} label="岗位名称">
        <input
          {...input("title")}
          type="text"
          maxLength={60}
          autoComplete="off"
          value={values.title}
          onChange={(event) => update("title", event.target.value)}
        />
      </FormField>

      <FormField {...field("description")} label="工作内容">
        <textarea
          {...input("description")}
          rows={5}
          maxLength={4000}
          value={values.description}
          onChange={(event) => update("description", event.target.value)}
        />
      </FormField>

      <div className="form-grid">
        <FormField {...field("openings")} label="招聘人数">
          <input
            {...input("openings")}
            type="text"
            inputMode="numeric"
            value={values.openings}
            onChange={(event) => update("openings", event.target.value)}
          />
        </FormField>
        <FormField {...field("city")} label="工作城市">
          <input
            {...input("city")}
            type="text"
            maxLength={40}
            value={values.city}
            onChange={(event) => update("city", event.target.value)}
          />
        </FormField>
        <FormField {...field("wageMin")} label="最低月工资（元）">
          <input
            {...input("wageMin")}
            type="text"
            inputMode="numeric"
            value={values.wageMin}
            onChange={(event) => update("wageMin", event.target.value)}
          />
        </FormField>
        <FormField {...field("wageMax")} label="最高月工资（元）">
          <input
            {...input("wageMax")}
            type="text"
            inputMode="numeric"
            value={values.wageMax}
            onChange={(event) => update("wageMax", event.target.value)}
          />
        </FormField>
      </div>

      <fieldset className="field">
        <legend>吃住</legend>
        <div className="check-row">
          <label className="check">
            <input
              type="checkbox"
              name="foodProvided"
              checked={values.foodProvided}
              onChange={(event) => update("foodProvided", event.target.checked)}
            />
            <span>包吃（提供工作餐）</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              name="lodgingProvided"
              checked={values.lodgingProvided}
              onChange={(event) => update("lodgingProvided", event.target.checked)}
            />
            <span>包住（提供宿舍）</span>
          </label>
        </div>
      </fieldset>

      <div className="form-grid">
        <FormField {...field("ageMin")} label="最小年龄" isOptional>
          <input
            {...input("ageMin")}
            type="text"
            inputMode="numeric"
            value={values.ageMin}
            onChange={(event) => update("ageMin", event.target.value)}
          />
        </FormField>
        <FormField {...field("ageMax")} label="最大年龄" isOptional>
          <input
            {...input("ageMax")}
            type="text"
            inputMode="numeric"
            value={values.ageMax}
            onChange={(event) => update("ageMax", event.target.value)}
          />
        </FormField>
      </div>

      <FormField {...field("gender")} label="性别要求">
        <select
          {...input("gender")}
          value={values.gender}
          onChange={(event) => update("gender", event.target.value as PositionFormValues["gender"])}
        >
          <option value="ANY">男女不限</option>
          <option value="MALE">限男性</option>
          <option value="FEMALE">限女性</option>
        </select>
      </FormField>

      <FormField {...field("tags")} label="标签" isOptional>
        <input
          {...input("tags")}
          type="text"
          autoComplete="off"
          value={values.tags}
          onChange={(event) => update("tags", event.target.value)}
        />
      </FormField>

      <FairCheckboxes
        id={fieldId("fairIds")}
        employerId={fairEmployerId}
        initialFairIds={original?.fairIds ?? []}
        value={values.fairIds}
        onChange={(fairIds) => update("fairIds", fairIds)}
        error={errors.fairIds}
      />

      <button type="submit" className="button position-form__submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? "正在保存…" : original ? "保存修改" : "发布岗位"}
      </button>
    </form>
  );
}

/** The admin's employer choice; loads the employer list only when needed. */
function AdminEmployerField(props: { id: string; value: string; onChange: (employerId: string) => void; error: string | undefined }) {
  const employers = useApiData((signal) => listEmployers("", signal), []);
  return <EmployerPicker {...props} initial={employers} errorId={`${props.id}-error`} />;
}
