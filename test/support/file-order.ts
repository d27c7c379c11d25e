// Starts the test files group by group in a given order, each group's files in vitest's own
// order (the longest last time first, or the largest file when vitest has no record, as in
// CI). The slowest files should start first, and the many short ones come last to fill both
// cores until the end, which vitest's own order does not give. A group is a path prefix
// ("test/verify/", "test/e2e/prism.test.ts"); files no group names start after all groups
// but the last.
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** `last` is the group that starts after the unnamed files. */
export function fileOrder(first: readonly string[], last: string): typeof BaseSequencer {
  const rank = (spec: TestSpecification): number => {
    const file = path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join("/");
    const i = first.findIndex((prefix) => file.startsWith(prefix));
    if (i >= 0) return i;
    return file.startsWith(last) ? first.length + 1 : first.length;
  };
  return class extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      // Array sort is stable: within a group, vitest's order stays.
      return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
    }
  };
}
