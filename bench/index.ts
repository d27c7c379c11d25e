// `npm run bench`: runs every benchmark suite in one process and prints its table.
// Suites are registered in bench/suites.ts.
import { suites } from "./suites.js";

const only = process.argv.slice(2);
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`## ${suite.name}`);
  await suite.run();
}
