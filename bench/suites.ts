// Every benchmark suite, in the order `npm run bench` runs them (manual ones only when
// named). `npm run bench -- NAME...` runs only those.
import { hoconSuite } from "./hocon.js";
import { schemaBench } from "./schema.js";
import { openApiBenchSuite } from "./openapi.js";
import { phasesSuite } from "./phases.js";
import { codegenSuite } from "./codegen.js";
import { validationSuite } from "./validation.js";
import { tscPartsSuite } from "./tsc-parts.js";
import { watchSuite } from "./watch.js";
import { packageSizeSuite } from "./package-size.js";
import { diffSuite } from "./diff.js";
import { bundleSuite } from "./bundle.js";

export interface BenchSuite {
  readonly name: string;
  /** Only run when named (`npm run bench -- NAME`): a diagnosis, too slow for every run. */
  readonly manual?: boolean;
  /**
   * Measures and prints. A suite that returns Markdown gets it as its BENCHMARKS.md
   * section; one that returns nothing gets what it printed, as a code block.
   */
  run(): Promise<string | void>;
}

export const suites: BenchSuite[] = [hoconSuite, schemaBench, openApiBenchSuite, phasesSuite, watchSuite, codegenSuite, validationSuite, tscPartsSuite, packageSizeSuite, diffSuite, bundleSuite];
