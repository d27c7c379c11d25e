// One renewal at a time: every caller that needs a new token while one is being fetched
// waits for that same fetch.

/** Runs `work` unless a run is pending, whose promise it then returns. */
export function singleFlight<T>(): (work: () => Promise<T>) => Promise<T> {
  let pending: Promise<T> | undefined;
  return (work) => {
    if (!pending) {
      const started = work().finally(() => {
        if (pending === started) pending = undefined;
      });
      pending = started;
    }
    return pending;
  };
}
