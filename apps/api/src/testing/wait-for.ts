export interface WaitOptions {
  /** Pause between reads (default 25 ms); a child process's health check may want fewer. */
  intervalMs?: number;
  /** More for the timeout message, e.g. the output of the process under test. */
  explain?: () => string;
}

/**
 * Polls `read` until `done` holds, or fails after `deadlineMs` with the last value. Deadlines
 * are generous safety nets, never measurements: tests assert outcomes, not timings. The one
 * helper for tests of the API, the cross-app tests and the fault tests.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  deadlineMs = 60_000,
  options: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      const more = options.explain ? `\n${options.explain()}` : "";
      throw new Error(`timed out waiting for ${what}; last value: ${describe(value)}${more}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25));
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? String(v) : v));
  } catch {
    return String(value);
  }
}
