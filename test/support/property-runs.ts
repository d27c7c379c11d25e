// How many cases a property test draws. By default a quarter of the count it names (the
// fixed seed makes those the same cases every run), so `npm test` stays quick; FC_RUNS
// scales the counts: `FC_RUNS=1` runs them as written, `FC_RUNS=10` ten times as many.
const DEFAULT_FACTOR = 0.25;

function factor(): number {
  const requested = process.env.FC_RUNS;
  if (requested === undefined || requested === "") return DEFAULT_FACTOR;
  const value = Number(requested);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`FC_RUNS must be a positive number, not ${JSON.stringify(requested)}`);
  return value;
}

/** The run count for a property test written for `written` runs, scaled by FC_RUNS (at least one). */
export function propertyRuns(written: number): number {
  return Math.max(1, Math.round(written * factor()));
}
