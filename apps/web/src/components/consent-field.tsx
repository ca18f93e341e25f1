/**
 * The consent block of a registration form: the text a person agrees to, the checkbox that
 * says so, and its error. The checkbox is described by the text, so a screen reader reads it.
 */
export function ConsentField(props: {
  /** The checkbox's id; the text is `${id}-text` and the error `${id}-error`. */
  id: string;
  text: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  const { id, text, label, checked, onChange, error } = props;
  return (
    <div className="field consent">
      <p id={`${id}-text`} className="consent__text">
        {text}
      </p>
      <label className="consent__check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-text ${id}-error` : `${id}-text`}
        />
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
