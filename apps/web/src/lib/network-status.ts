// Whether the API can be reached, as TanStack Query's onlineManager knows it: the browser's
// online/offline events, plus what requests find out. A phone on the fair's Wi-Fi often
// says "online" while nothing gets through; a request that fails to connect marks the app
// offline, and a small probe of /api/health brings it back by itself when the network
// returns (the desk's banner, the offline queue's replay and paused queries follow).
import { onlineManager } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { setNetworkListener } from "./api-client.ts";

const PROBE_EVERY_MS = 5_000;
let probe: number | null = null;

function stopProbe(): void {
  if (probe !== null) window.clearInterval(probe);
  probe = null;
}

async function probeOnce(): Promise<void> {
  try {
    const response = await fetch("/api/health", { cache: "no-store", credentials: "same-origin" });
    // Any answer means the server is reachable again (a 503 from a degraded engine included).
    if (response.status > 0) reportNetworkSuccess();
  } catch {
    // still unreachable: the next tick tries again
  }
}

/** A request could not reach the server. */
export function reportNetworkFailure(): void {
  onlineManager.setOnline(false);
  if (probe === null && typeof window !== "undefined") probe = window.setInterval(() => void probeOnce(), PROBE_EVERY_MS);
}

/** A request got an answer: the server is reachable. */
export function reportNetworkSuccess(): void {
  stopProbe();
  if (!onlineManager.isOnline()) onlineManager.setOnline(true);
}

/** Starts from what the browser knows, and probes at once when it says offline. */
export function initNetworkStatus(): void {
  setNetworkListener({ failed: reportNetworkFailure, reached: reportNetworkSuccess });
  // TanStack Query assumes "online" at start; the browser may know better.
  if (!navigator.onLine) reportNetworkFailure();
  window.addEventListener("online", () => void probeOnce());
  window.addEventListener("offline", reportNetworkFailure);
}

export function isNetworkOnline(): boolean {
  return onlineManager.isOnline();
}

/** Runs `callback` whenever the app goes from offline to online. */
export function onBackOnline(callback: () => void): () => void {
  let was = onlineManager.isOnline();
  return onlineManager.subscribe((isOnline) => {
    if (isOnline && !was) callback();
    was = isOnline;
  });
}

export function useIsOnline(): boolean {
  return useSyncExternalStore(
    (callback) => onlineManager.subscribe(callback),
    () => onlineManager.isOnline(),
  );
}
