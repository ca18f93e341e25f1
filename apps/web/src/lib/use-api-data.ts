import { useCallback, useEffect, useRef, useState } from "react";
import { isAbortError } from "./api-client.ts";

export type ApiData<T> =
  | { status: "loading"; data: T | null; error: null }
  | { status: "success"; data: T; error: null }
  | { status: "error"; data: T | null; error: unknown };

/**
 * Loads data when `deps` change and on `reload()`. The previous request is aborted, so a
 * slow answer for an old page can never overwrite the current one. A reload keeps the
 * current data on screen while it loads; new `deps` (another page) clear it.
 * `load` should be stable for the given `deps` (it is read when they change).
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): ApiData<T> & { reload: () => void } {
  const [state, setState] = useState<ApiData<T>>({ status: "loading", data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const loadedAttempt = useRef(-1);

  // biome-ignore lint/correctness/useExhaustiveDependencies: callers list what `load` depends on.
  useEffect(() => {
    const controller = new AbortController();
    const isReload = loadedAttempt.current !== attempt && loadedAttempt.current !== -1;
    loadedAttempt.current = attempt;
    setState((previous) => ({ status: "loading", data: isReload ? previous.data : null, error: null }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "success", data, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState((previous) => ({ status: "error", data: previous.data, error }));
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
