// Property tests draw from a fixed seed, so a run repeats the last one exactly. For fresh
// cases set FC_SEED: a number to replay that seed, `random` for a new one each run (a
// failure's report names the seed it used). A test that names no run count draws
// fast-check's default (100) scaled by FC_RUNS, as the others do (./property-runs.ts).
import fc from "fast-check";
import { propertyRuns } from "./property-runs.js";

fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: propertyRuns(100) });

const FIXED_SEED = 20261207;
const requested = process.env.FC_SEED;
if (requested !== "random") {
  const seed = requested === undefined ? FIXED_SEED : Number(requested);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(requested)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
