import { describe, expect, it } from "vitest";
import { createEventBudget } from "./event-budget.ts";

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("event budget", () => {
  it("allows a burst up to the capacity, then refuses", () => {
    const c = clock();
    const budget = createEventBudget({ capacity: 3, refillPerSecond: 1, maxStrikes: 10 }, c.now);
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual(["allow", "allow", "allow", "refuse"]);
  });

  it("regains tokens at the refill rate, never above the capacity", () => {
    const c = clock();
    const budget = createEventBudget({ capacity: 2, refillPerSecond: 2, maxStrikes: 10 }, c.now);
    budget.take();
    budget.take();
    expect(budget.take()).toBe("refuse");
    c.advance(500);
    expect(budget.take()).toBe("allow");
    expect(budget.take()).toBe("refuse");
    c.advance(60_000);
    expect([budget.take(), budget.take(), budget.take()]).toEqual(["allow", "allow", "refuse"]);
  });

  it("asks for a disconnect after maxStrikes refusals in a row; an allowed event clears the strikes", () => {
    const c = clock();
    const budget = createEventBudget({ capacity: 1, refillPerSecond: 1, maxStrikes: 3 }, c.now);
    budget.take();
    expect([budget.take(), budget.take()]).toEqual(["refuse", "refuse"]);
    c.advance(1_000);
    expect(budget.take()).toBe("allow");
    expect([budget.take(), budget.take(), budget.take()]).toEqual(["refuse", "refuse", "disconnect"]);
  });
});
