// What every data-entry form here does around its request, once: field errors from the
// form's own check or the API's 400 issues (focus moves to the first), a form-level message,
// a known refusal mapped to its field (a duplicate credit code, a taken user name), and the
// busy flag. The request runs as a TanStack mutation, so the pages behind refresh after it.
import { useMutation } from "@tanstack/react-query";
import { type RefObject, useCallback, useState } from "react";
import { type ApiRequestError, describeError, isApiRequestError } from "./api-client.ts";
import { getFirstErrorField, mapIssuesToFields } from "./form-errors.ts";

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export function useApiForm<F extends string, R, O>(config: {
  fields: readonly F[];
  fieldId: (field: F) => string;
  formRef: RefObject<HTMLFormElement | null>;
  send: (request: R) => Promise<O>;
  /** A refusal this form knows how to place on a field (e.g. CONFLICT on creditCode); null otherwise. */
  placeRefusal?: (error: ApiRequestError) => { fieldErrors: FieldErrors<F>; message: string } | null;
}) {
  const { fields, fieldId, formRef, send, placeRefusal } = config;
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: send });

  const showErrors = useCallback(
    (fieldErrors: FieldErrors<F>, messages: readonly string[]) => {
      setErrors(fieldErrors);
      setFormError(messages.filter(Boolean).join("；"));
      const first = getFirstErrorField(fieldErrors, fields);
      if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`)?.focus();
    },
    [fields, fieldId, formRef],
  );

  const clearError = useCallback((field: F) => setErrors((previous) => ({ ...previous, [field]: undefined })), []);

  /** Sends the checked request; the answer, or null when it failed (the errors are shown). */
  const submit = useCallback(
    async (request: R): Promise<O | null> => {
      setFormError(null);
      try {
        const answer = await mutation.mutateAsync(request);
        setErrors({});
        return answer;
      } catch (error) {
        const placed = isApiRequestError(error) ? placeRefusal?.(error) : null;
        if (placed) showErrors(placed.fieldErrors, [placed.message]);
        else if (isApiRequestError(error) && error.issues.length > 0) {
          const mapped = mapIssuesToFields(error.issues, fields);
          showErrors(mapped.fieldErrors, [error.message, ...mapped.otherErrors]);
        } else setFormError(describeError(error));
        return null;
      }
    },
    [mutation, placeRefusal, showErrors, fields],
  );

  return { errors, formError, isSubmitting: mutation.isPending, showErrors, clearError, submit };
}
