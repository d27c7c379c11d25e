// The README's rules table is the rules as they are: every id, its default severity.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { RULES } from "../../generator/diff/index.js";

it("the README lists every diff rule with its severity", () => {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### `diff <base> [head]`"), readme.indexOf("## The generated package"));
  const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (breaking|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
  expect(rows).toEqual(Object.entries(RULES).map(([id, r]) => [id, r.severity]));
});
