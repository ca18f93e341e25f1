/** Validators return a result rather than throwing, so callers can collect several reasons (e.g. per import row). */
export type ValidationResult = { ok: true; value: string } | { ok: false; reason: string };
