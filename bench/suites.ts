import { hoconSuite } from "./hocon.js";

export interface BenchSuite {
  readonly name: string;
  run(): Promise<void>;
}
export const suites: BenchSuite[] = [];
suites.push(hoconSuite);
