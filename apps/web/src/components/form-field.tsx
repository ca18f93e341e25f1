import type { ReactNode } from "react";

interface FieldProps {
  /** The id of the input inside; the label points at it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
  children: ReactNode;
}

/** Label, input, hint and error in the app's usual layout. Spread `fieldInputProps` on the input. */
export function FormField({ id, label, hint, error, isOptional = false, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {isOptional && <span className="field__optional">（选填）</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** id, invalid state and description for the input of a FormField with the same id, hint and error. */
export function fieldInputProps(id: string, options: { hint?: string | undefined; error?: string | undefined }) {
  const describedBy = [options.error ? `${id}-error` : null, options.hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return {
    id,
    "aria-invalid": options.error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}
