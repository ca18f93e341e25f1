// Starts the monthly employer reminder from the runtime: a run at start and then every
// `intervalMs` (an hour by default) asks for the current China-calendar month. Every process
// may run it; PostgreSQL decides which run queues the month's messages (the month's row in
// `employer_reminder_runs`), so nothing here is remembered in process memory.
import { toChinaDate } from "@xiezuo/contracts";
import type { Clock } from "../../lib/clock.ts";
import type { Logger } from "../../lib/logger.ts";

export interface EmployerReminderJob {
  /** Runs once now (awaited) and then on every tick. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One run for the clock's current month; returns how many reminders were queued (0 when already done). */
  runOnce(): Promise<number>;
}

export function currentChinaMonth(clock: Clock): string {
  return toChinaDate(clock.now()).slice(0, 7);
}

export function createEmployerReminderJob(deps: {
  queueForMonth: (month: string) => Promise<number>;
  clock: Clock;
  logger: Logger;
  intervalMs?: number;
}): EmployerReminderJob {
  const intervalMs = deps.intervalMs ?? 60 * 60 * 1000;
  const log = deps.logger.child({ component: "employer-reminders" });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function runOnce(): Promise<number> {
    const month = currentChinaMonth(deps.clock);
    const queued = await deps.queueForMonth(month);
    if (queued > 0) log.info({ month, queued }, "employer reminders queued");
    return queued;
  }

  function tick() {
    running = runOnce().catch((error: unknown) =>
      log.warn({ err: error instanceof Error ? error.message : String(error) }, "employer reminders failed; next tick retries"),
    );
  }

  return {
    runOnce,
    async start() {
      tick();
      await running;
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
