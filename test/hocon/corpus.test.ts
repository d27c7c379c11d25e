// Every real ClearML service file must resolve exactly as pyhocon does (expected/*.json):
// same values, same types, same key order.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../generator/hocon/file.js";

const CORPUS = path.resolve(process.cwd(), "../shared/corpus/clearml-server");
const files = readdirSync(path.join(CORPUS, "services")).filter((f) => f.endsWith(".conf")).sort();

describe("clearml-server corpus", () => {
  it("has the 21 service files", () => {
    expect(files).toHaveLength(21);
  });

  it.each(files)("%s resolves like pyhocon", (file) => {
    const { value } = parseFile(path.join(CORPUS, "services", file));
    const expected = JSON.parse(readFileSync(path.join(CORPUS, "expected", file.replace(/\.conf$/, ".json")), "utf8"));
    expect(JSON.stringify(value)).toBe(JSON.stringify(expected));
    expect(value).toStrictEqual(expected);
  });

  it("maps values back to their source, through includes and substitutions", () => {
    const file = path.join(CORPUS, "services", "tasks.conf");
    const { value, source } = parseFile(file);
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n");
    // The included _tasks_common.conf: its keys land in _definitions but point into their own file.
    const defs = value._definitions as Record<string, object>;
    const included = Object.keys(defs).map((k) => source.member(defs, k)!).filter((l) => !l.file.endsWith("tasks.conf"));
    expect(included.length).toBeGreaterThan(0);
    for (const loc of included) {
      expect(loc.file).toMatch(/_tasks_common\.conf$|_common\.conf$/);
      expect(source.sources.get(loc.file)).toBeDefined();
    }
    // Every top-level key's location points at that key in tasks.conf.
    for (const key of Object.keys(value)) {
      const loc = source.at([key])!;
      expect(loc.file).toBe(file);
      expect(lines[loc.line - 1].slice(loc.column - 1)).toMatch(new RegExp(`^"?${key.replace(/[.]/g, "\\.")}`));
    }
  });
});
