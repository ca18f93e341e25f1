import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { describeError } from "../lib/api-client.ts";

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; the dialog stays open with the error if it fails. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  isDanger?: boolean;
  /** Keeps the confirm button off until the body's extra check is given (e.g. a checkbox). */
  canConfirm?: boolean;
}

/**
 * A modal question before an action that cannot simply be undone. The native <dialog>
 * traps focus, closes on Escape and returns focus to the button that opened it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  isDanger = false,
  canConfirm = true,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function handleConfirm() {
    setIsBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(describeError(caught));
      setIsBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        {title}
      </h2>
      <div id={`${id}-body`} className="dialog__body">
        {children}
      </div>
      <div className="form-alert" role="alert">
        {error}
      </div>
      <div className="button-row dialog__actions">
        {/* First in the dialog, so showModal() puts focus on the safe choice. */}
        <button type="button" className="button button--secondary" onClick={onClose} disabled={isBusy}>
          取消
        </button>
        <button
          type="button"
          className={`button${isDanger ? " button--danger" : ""}`}
          onClick={handleConfirm}
          disabled={isBusy || !canConfirm}
          aria-busy={isBusy}
        >
          {isBusy ? "正在处理…" : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
