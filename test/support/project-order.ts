// Starts the test files project by project in a given order, each project's files in
// vitest's own order (the longest last time first, or the largest file when vitest has no
// record, as in CI). The slowest files should start first, and the many short ones come last
// to fill both cores until the end, which vitest's order of projects by name does not give.
import { BaseSequencer, type TestSpecification } from "vitest/node";

export function projectOrder(names: readonly string[]): typeof BaseSequencer {
  const rank = (spec: TestSpecification): number => {
    const i = names.indexOf(spec.project.name);
    return i < 0 ? names.length : i;
  };
  return class extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      // Array sort is stable: within a project, vitest's order stays.
      return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
    }
  };
}
