// Every benchmark suite `npm run bench` runs, in order. `npm run bench -- NAME...` runs only those.
import { hoconSuite } from "./hocon.js";
import { schemaBench } from "./schema.js";
import { openApiBenchSuite } from "./openapi.js";

export interface BenchSuite {
  readonly name: string;
  run(): Promise<void>;
}

export const suites: BenchSuite[] = [hoconSuite, schemaBench, openApiBenchSuite];
