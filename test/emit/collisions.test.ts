// Name collisions found while planning are reported at the real schema lines, like every
// other finding: file:line:col of both claimants, and the offending source line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codegenCaptured } from "./helpers.js";

const TASKS = `_definitions {
  get_all_request {
    type: object
    properties { x { type: string } }
  }
}
get_all {
  "2.1" {
    description: "Lists tasks"
    request {
      type: object
      properties { y { type: string } }
    }
    response { type: object }
  }
}
`;

/** 1-based line and column of the first `needle` in `text`. */
function position(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe("name collisions", () => {
  it("name both schema locations and print the source line of the later one", async () => {
    const schemas = mkdtempSync(path.join(tmpdir(), "collide-"));
    const file = path.join(schemas, "tasks.conf");
    writeFileSync(file, TASKS);
    const out = mkdtempSync(path.join(tmpdir(), "collide-out-"));
    const { code, stderr } = await codegenCaptured({ schemas, out, name: "x" });
    expect(code).toBe(1);
    const definition = position(TASKS, "get_all_request {");
    const version = position(TASKS, '"2.1" {');
    const at = (p: { line: number; column: number }) => `${file}:${p.line}:${p.column}`;
    expect(stderr).toContain(
      `${at(version)}: error: generated name TasksGetAllRequest is wanted by both ` +
        `definition tasks.get_all_request (${at(definition)}) and the request of tasks.get_all 2.1 (${at(version)})`,
    );
    expect(stderr).toContain(`\n    "2.1" {\n    ^`);
  });
});
