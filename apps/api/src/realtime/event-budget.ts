// A token bucket per socket for the events a client sends. Per connection, in process
// memory, on purpose: a socket lives in exactly one API process for its whole life, so
// nothing about its budget is shared state (see ARCHITECTURE.md, "Sessions and scale-out").

export interface EventBudgetPolicy {
  /** Events a client may send in a burst. */
  capacity: number;
  /** Tokens regained per second. */
  refillPerSecond: number;
  /** Refused events in a row after which the socket is dropped. */
  maxStrikes: number;
}

export const DEFAULT_EVENT_BUDGET: EventBudgetPolicy = { capacity: 10, refillPerSecond: 2, maxStrikes: 20 };

export type BudgetVerdict = "allow" | "refuse" | "disconnect";

export function createEventBudget(policy: EventBudgetPolicy, nowMs: () => number = () => performance.now()) {
  let tokens = policy.capacity;
  let last = nowMs();
  let strikes = 0;

  return {
    take(): BudgetVerdict {
      const now = nowMs();
      tokens = Math.min(policy.capacity, tokens + ((now - last) / 1000) * policy.refillPerSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        strikes = 0;
        return "allow";
      }
      strikes += 1;
      return strikes >= policy.maxStrikes ? "disconnect" : "refuse";
    },
  };
}
