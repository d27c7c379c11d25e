export interface BenchSuite {
  readonly name: string;
  run(): Promise<void>;
}
export const suites: BenchSuite[] = [];
