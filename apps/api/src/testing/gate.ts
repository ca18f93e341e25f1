/**
 * A gate a piece of work waits at (e.g. a rebuild's beforeSwap hook): `reached` resolves once
 * the work is there, `release()` lets it go on. Makes a race happen in the same order every run.
 */
export function createGate() {
  let arrive!: () => void;
  let open!: () => void;
  const reached = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    reached,
    release: () => open(),
    wait: async () => {
      arrive();
      await opened;
    },
  };
}
