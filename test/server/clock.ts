// A clock the tests can move, so token expiry is tested without waiting.
export interface TestClock {
  /** Milliseconds since the epoch, as the server sees them. */
  now(): number;
  /** Moves the clock forward (or back, with a negative amount). */
  advance(ms: number): void;
  /** Sets the clock to an absolute time. */
  set(ms: number): void;
}

export function createClock(startMs: number = Date.now()): TestClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(ms) {
      current = ms;
    },
  };
}
