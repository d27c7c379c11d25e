// Every benchmark suite `npm run bench` runs, in order. `npm run bench -- NAME...` runs only those.
import { hoconSuite } from "./hocon.js";
import { schemaBench } from "./schema.js";
import { openApiBenchSuite } from "./openapi.js";
import { phasesSuite } from "./phases.js";
import { codegenSuite } from "./codegen.js";
import { validationSuite } from "./validation.js";

export interface BenchSuite {
  readonly name: string;
  /**
   * Measures and prints. A suite that returns Markdown gets it as its BENCHMARKS.md
   * section; one that returns nothing gets what it printed, as a code block.
   */
  run(): Promise<string | void>;
}

export const suites: BenchSuite[] = [hoconSuite, schemaBench, openApiBenchSuite, phasesSuite, codegenSuite, validationSuite];
