import type { MyIntent } from "@xiezuo/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { isAbortError } from "../../lib/api-client.ts";
import { getMyIntents } from "./me-api.ts";
import { applyIntentUpdate, describeStatusChange, sortIntents } from "./me-model.ts";
import { connectSeekerLive } from "./seeker-live.ts";

export type MyIntentsState = { status: "loading"; intents: null; error: null } | { status: "ready"; intents: MyIntent[]; error: unknown };

/**
 * The seeker's intents: read from the API, changed in place by `intent:updated` events, and
 * read again after each (re)connection and whenever the person comes back to the page.
 */
export function useMyIntents() {
  const [state, setState] = useState<MyIntentsState>({ status: "loading", intents: null, error: null });
  const [announcement, setAnnouncement] = useState("");
  const controller = useRef<AbortController | null>(null);
  const intents = useRef<MyIntent[] | null>(null);

  const reload = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      const loaded = sortIntents(await getMyIntents(current.signal));
      if (current.signal.aborted) return;
      intents.current = loaded;
      setState({ status: "ready", intents: loaded, error: null });
    } catch (error) {
      if (isAbortError(error) || current.signal.aborted) return;
      // Keep what is on screen; say that it may be out of date.
      setState((previous) => ({ status: "ready", intents: previous.intents ?? [], error }));
    }
  }, []);

  useEffect(() => {
    void reload();
    const disconnect = connectSeekerLive({
      onConnected: () => void reload(),
      onIntentUpdated: (event) => {
        const next = intents.current ? applyIntentUpdate(intents.current, event) : null;
        if (!next) {
          void reload();
          return;
        }
        const sorted = sortIntents(next);
        intents.current = sorted;
        setState({ status: "ready", intents: sorted, error: null });
        const changed = sorted.find((intent) => intent.id === event.intentId);
        if (changed) setAnnouncement(`状态更新：${describeStatusChange(changed)}`);
      },
    });
    const onFocus = () => void reload();
    const onVisible = () => {
      if (document.visibilityState === "visible") void reload();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      disconnect();
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
      controller.current?.abort();
    };
  }, [reload]);

  /** An intent the page itself just made: shown at once, without waiting for a re-read. */
  const add = useCallback((intent: MyIntent) => {
    const next = sortIntents([intent, ...(intents.current ?? []).filter((i) => i.id !== intent.id)]);
    intents.current = next;
    setState({ status: "ready", intents: next, error: null });
  }, []);

  return { ...state, announcement, reload, add };
}
