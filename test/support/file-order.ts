// Starts the test files group by group in a given order, each group's files in vitest's own
// order (the longest last time first, or the largest file when vitest has no record, as in
// CI). The slowest files should start first, and the many short ones come last to fill both
// cores until the end, which vitest's order of projects by name does not give. A group is a
// project, or the files of a project under a folder ("unit:test/verify/").
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

export function projectOrder(groups: readonly string[]): typeof BaseSequencer {
  const rank = (spec: TestSpecification): number => {
    const file = path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join("/");
    const i = groups.findIndex((group) => {
      const [project, folder] = group.split(":");
      return project === spec.project.name && (folder === undefined || file.startsWith(folder));
    });
    return i < 0 ? groups.length : i;
  };
  return class extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      // Array sort is stable: within a group, vitest's order stays.
      return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
    }
  };
}
