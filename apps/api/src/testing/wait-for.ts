/**
 * Polls `read` until `done` holds, or fails after `deadlineMs` with the last value. Deadlines
 * are generous safety nets, never measurements: tests assert outcomes, not timings.
 */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, deadlineMs = 60_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
