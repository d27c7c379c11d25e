// BENCHMARKS.md writer: partial runs replace only their own sections.
import { describe, expect, it } from "vitest";
import { budgetTable, readSections, renderBenchmarks, table } from "../../bench/report.js";
import type { Machine } from "../../bench/measure.js";

const machine: Machine = { cpu: "Test CPU", cores: 2, memory: "4.0 GiB", node: "v20.0.0", os: "Linux", load: "0.10" };
const order = ["hocon", "codegen", "validation"];

describe("renderBenchmarks", () => {
  it("writes the header, the machine and the sections in suite order", () => {
    const text = renderBenchmarks(undefined, machine, [
      { suite: "validation", markdown: "## validation\nfast" },
      { suite: "hocon", markdown: "## hocon\nparsed" },
    ], order);
    expect(text.startsWith("# Benchmarks\n")).toBe(true);
    expect(text).toContain("| Test CPU | 2 | 4.0 GiB | v20.0.0 | Linux | 0.10 |");
    expect(text.indexOf("## hocon")).toBeLessThan(text.indexOf("## validation"));
    expect([...readSections(text).keys()]).toEqual(["hocon", "validation"]);
  });

  it("replaces only the sections that were run and keeps the others", () => {
    const first = renderBenchmarks(undefined, machine, [
      { suite: "hocon", markdown: "old hocon" },
      { suite: "codegen", markdown: "old codegen" },
    ], order);
    const second = renderBenchmarks(first, { ...machine, load: "3.00" }, [{ suite: "codegen", markdown: "new codegen\n" }], order);
    const sections = readSections(second);
    expect(sections.get("hocon")).toBe("old hocon");
    expect(sections.get("codegen")).toBe("new codegen");
    expect(second).not.toContain("old codegen");
    expect(second).toContain("| 3.00 |");
  });

  it("drops sections of suites that are no longer registered", () => {
    const first = renderBenchmarks(undefined, machine, [{ suite: "gone", markdown: "x" }], ["gone"]);
    expect(readSections(renderBenchmarks(first, machine, [], order)).size).toBe(0);
  });

  it("is stable: rendering its own output again changes nothing", () => {
    const first = renderBenchmarks(undefined, machine, [{ suite: "hocon", markdown: "a\n\n| x |\n|---|\n| 1 |" }], order);
    expect(renderBenchmarks(first, machine, [], order)).toBe(first);
  });
});

describe("tables", () => {
  it("aligns numeric columns right and escapes pipes", () => {
    expect(table(["name", "ms"], [["a|b", "1.0"]], ["l", "r"])).toBe("| name | ms |\n|---|---:|\n| a\\|b | 1.0 |\n");
  });

  it("marks missed budgets", () => {
    const text = budgetTable([
      { what: "speed", limit: "0.25x", measured: "0.10x", pass: true },
      { what: "memory", limit: "150 MB", measured: "200 MB", pass: false },
    ]);
    expect(text).toContain("| speed | 0.25x | 0.10x | pass |");
    expect(text).toContain("| memory | 150 MB | 200 MB | **MISSED** |");
  });
});

describe("BENCHMARKS.md round trip", () => {
  it("every suite's section can be read back by its name", async () => {
    const { suites } = await import("../../bench/suites.js");
    const names = suites.map((s) => s.name);
    const text = renderBenchmarks(undefined, machine, names.map((suite) => ({ suite, markdown: `## ${suite}\nbody` })), names);
    expect([...readSections(text).keys()]).toEqual(names);
  });

  it("keeps the hand-written text after the last section", () => {
    const first = renderBenchmarks(undefined, machine, [{ suite: "hocon", markdown: "old hocon" }], order) + "\n## Written by hand\n\nkept\n";
    const second = renderBenchmarks(first, machine, [{ suite: "hocon", markdown: "new hocon" }], order);
    expect(second).toContain("new hocon");
    expect(second.endsWith("## Written by hand\n\nkept\n")).toBe(true);
  });
});
