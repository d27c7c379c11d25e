// withIncludeCache: documents parsed in one scope share the parses of the files they
// include, with results, source maps, errors and the files read exactly as without it.
import { describe, expect, it } from "vitest";
import type { ObjectNode } from "../../hocon/ast.js";
import { IncludeCache } from "../../hocon/include-cache.js";
import { Loader } from "../../hocon/include.js";
import { HoconError, parseString, withIncludeCache } from "../../hocon/index.js";
import type { ParseResult } from "../../hocon/index.js";
import { DEFAULT_LIMITS } from "../../hocon/limits.js";

/** Everything observable about one parse: value, member locations, sources, error, and every read. */
function observe(text: string, file: string, files: Record<string, string>): string {
  const reads: string[] = [];
  const readFile = (p: string): string | undefined => {
    reads.push(p);
    return Object.prototype.hasOwnProperty.call(files, p) ? files[p] : undefined;
  };
  let result: ParseResult;
  try {
    result = parseString(text, { file, readFile });
  } catch (e) {
    if (!(e instanceof HoconError)) throw e;
    return JSON.stringify({ error: e.format(), reads });
  }
  const locs: unknown[] = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    locs.push(result.source.node(v));
    for (const k of Object.keys(v)) {
      locs.push(result.source.member(v, Array.isArray(v) ? Number(k) : k));
      walk((v as Record<string, unknown>)[k]);
    }
  };
  walk(result.value);
  return JSON.stringify({ value: result.value, locs, sources: [...result.source.sources.keys()], reads });
}

const FILES: Record<string, string> = {
  "s/_common.conf": "common { id { type: string, description: \"the id\" } }\nlist = [1, 2]",
  "s/_tasks.conf": 'include "_common.conf"\ntask { ref = ${common.id} }',
  "s/a.conf": 'x { include "_common.conf" }\ny = ${x.common.id.type}',
  "s/b.conf": 'include "_tasks.conf"\nz = ${task.ref}\nlist += 3',
  "s/c.conf": '_definitions {\n  include "_common.conf"\n}\nw = 1',
};

/** Each document alone, then all of them in one cache scope: must be identical. */
function compare(files: Record<string, string>, roots: readonly string[]): void {
  const alone = roots.map((f) => observe(files[f], f, files));
  const shared = withIncludeCache(() => roots.map((f) => observe(files[f], f, files)));
  expect(shared).toEqual(alone);
}

describe("withIncludeCache", () => {
  it("gives the same values, locations, sources and reads as parsing each document alone", () => {
    compare(FILES, ["s/a.conf", "s/b.conf", "s/c.conf", "s/a.conf", "s/b.conf"]);
  });

  it("parses an included file once, and reuses its AST wherever it is included at the same depth", () => {
    const cache = new IncludeCache();
    const sources = new Map<string, string>();
    const readFile = (p: string): string | undefined => FILES[p];
    const loader = new Loader({ limits: DEFAULT_LIMITS, dialect: "pyhocon", readFile, sources, cache });
    const first = loader.parseRoot(FILES["s/c.conf"], "s/c.conf", "s");
    const second = loader.parseRoot('_definitions {\n  include "_common.conf"\n}', "s/d.conf", "s");
    const body = (root: ObjectNode): ObjectNode => {
      const defs = root.items[0];
      if (defs.kind !== "field" || defs.value.kind !== "object") throw new Error("unexpected AST");
      const inc = defs.value.items[0];
      if (inc.kind !== "include") throw new Error("unexpected AST");
      return inc.body;
    };
    expect(body(second)).toBe(body(first));
    expect(cache.get("s/_common.conf", FILES["s/_common.conf"], 1, DEFAULT_LIMITS.maxDepth, "pyhocon")).toBeDefined();
    // At another depth the nesting checks differ: no reuse.
    expect(cache.get("s/_common.conf", FILES["s/_common.conf"], 0, DEFAULT_LIMITS.maxDepth, "pyhocon")).toBeUndefined();
    // Another dialect reads the same text differently: no reuse.
    expect(cache.get("s/_common.conf", FILES["s/_common.conf"], 1, DEFAULT_LIMITS.maxDepth, "spec")).toBeUndefined();
  });

  it("still reports include cycles through cached files, for every document", () => {
    const files: Record<string, string> = { ...FILES, "s/_common.conf": 'include "_tasks.conf"\nq = 1' };
    compare(files, ["s/c.conf", "s/b.conf", "s/a.conf"]);
    const shared = withIncludeCache(() => ["s/c.conf", "s/b.conf"].map((f) => observe(files[f], f, files)));
    for (const out of shared) expect(out).toContain("include cycle");
  });

  it("still applies the include depth limit to a cached file included deeper", () => {
    const files: Record<string, string> = { "d/x.conf": 'include "y.conf"\nx = 1', "d/y.conf": "y = 2" };
    const parse = (text: string): string => {
      try {
        return JSON.stringify(parseString(text, { file: "d/r.conf", readFile: (p) => files[p], limits: { maxIncludeDepth: 1 } }).value);
      } catch (e) {
        return (e as HoconError).code;
      }
    };
    const alone = [parse('include "y.conf"'), parse('include "x.conf"')];
    expect(withIncludeCache(() => [parse('include "y.conf"'), parse('include "x.conf"')])).toEqual(alone);
  });

  it("reads the files again for every document, and uses what it reads when a file changed", () => {
    let common = FILES["s/_common.conf"];
    const reads: string[] = [];
    const readFile = (p: string): string | undefined => {
      reads.push(p);
      return p === "s/_common.conf" ? common : FILES[p];
    };
    const values = withIncludeCache(() => {
      const first = parseString(FILES["s/b.conf"], { file: "s/b.conf", readFile }).value;
      common = "common { id { type: integer } }\nlist = [9]";
      const second = parseString(FILES["s/b.conf"], { file: "s/b.conf", readFile }).value;
      return [first, second];
    });
    expect(reads).toEqual(["s/_tasks.conf", "s/_common.conf", "s/_tasks.conf", "s/_common.conf"]);
    // The nested file changed under a cached one: the cached file is parsed again with the new content.
    expect(values[1]).toEqual(parseString(FILES["s/b.conf"], { file: "s/b.conf", readFile }).value);
    expect((values[1].task as { ref: { type: string } }).ref.type).toBe("integer");
    expect((values[0].task as { ref: { type: string } }).ref.type).toBe("string");
  });

  it("gives the same located error when an included file is broken, in every document", () => {
    const files: Record<string, string> = { ...FILES, "s/_common.conf": "common {\n  id = [1,\n}" };
    compare(files, ["s/a.conf", "s/c.conf", "s/b.conf"]);
  });

  it("ends with its scope", () => {
    let text = "v = 1";
    const readFile = (p: string): string | undefined => (p === "s/i.conf" ? text : undefined);
    const a = withIncludeCache(() => parseString('include "i.conf"', { file: "s/r.conf", readFile }).value);
    text = "v = 2";
    const b = withIncludeCache(() => parseString('include "i.conf"', { file: "s/r.conf", readFile }).value);
    expect([a.v, b.v]).toEqual([1, 2]);
  });
});
