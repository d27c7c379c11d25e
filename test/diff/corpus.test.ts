// The ClearML corpus against mutated copies of itself: each mutation gives exactly the
// expected findings, and an unmutated copy none.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diff, type DiffFinding } from "../../generator/diff/index.js";
import { refGraph } from "../../generator/schema/graph.js";
import { loadApi } from "../../generator/schema/index.js";
import { CORPUS_SERVICES } from "../schema/helpers.js";
import { at, tempDir } from "./helpers.js";

/** A copy of the corpus with `file` edited by `edit` (which must change it). */
function mutated(file: string, edit: (text: string) => string): string {
  const dir = path.join(tempDir("diff-corpus-"), "services");
  cpSync(CORPUS_SERVICES, dir, { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(target, after);
  return dir;
}

function replaceOnce(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  expect(i).toBeGreaterThanOrEqual(0);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

function summary(findings: readonly DiffFinding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.definition ?? f.endpoint} ${f.version ?? "-"} ${f.path}`);
}

describe("diff on the ClearML corpus", () => {
  it("finds nothing between the corpus and a copy of it whose locations all moved", () => {
    const copy = mutated("_common.conf", (t) => "# every location below moves down a line\n" + t);
    expect(diff({ base: CORPUS_SERVICES, head: copy })).toMatchObject({ errors: [], findings: [] });
  });

  it("reports a property removed from a shared definition once, with every endpoint version it reaches", () => {
    const displayName = `            display_name {
                description: "Display name"
                type: string
            }
`;
    const head = mutated("queues.conf", (t) => replaceOnce(t, displayName, ""));
    const { findings, errors } = diff({ base: CORPUS_SERVICES, head });
    expect(errors).toEqual([]);
    expect(summary(findings)).toEqual(["breaking response-property-removed queue - queue.display_name"]);
    // Every queues version whose response reaches `queue`, found from the model independently.
    const model = loadApi(head).model;
    const queues = model.services.find((s) => s.name === "queues")!;
    const expected = queues.endpoints.flatMap((e) =>
      e.versions
        .filter((v) => v.response.kind === "schema" && [...refGraph(model).reachableFrom([v.response.schema])].some((d) => d.name === "queue"))
        .map((v) => ({ endpoint: e.name, version: v.version.text })),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(findings[0].reaches).toEqual(expected);
    expect(findings[0].base).toEqual(at(path.join(CORPUS_SERVICES, "queues.conf"), "display_name {"));
    expect(findings[0].head?.file).toBe(path.join(head, "queues.conf"));
  });

  it("reports a version inserted between two others as a dispatch change", () => {
    const head = mutated("queues.conf", (t) => replaceOnce(t, `    "2.20": \${get_by_id."2.4"} {`, `    "2.13": \${get_by_id."2.4"}\n    "2.20": \${get_by_id."2.4"} {`));
    const { findings } = diff({ base: CORPUS_SERVICES, head });
    expect(summary(findings)).toEqual(["warning dispatch-changed queues.get_by_id 2.13 ", "info version-added queues.get_by_id 2.13 "]);
    expect(findings[0].message).toBe("clients pinned to 2.13 and later (below 2.20) now run version 2.13 of `queues.get_by_id` instead of 2.4");
  });

  it("reports roles narrowed on the endpoint they are written on", () => {
    const head = mutated("auth.conf", (t) => replaceOnce(t, `login {\n    internal: false\n    allow_roles = [ "*" ]`, `login {\n    internal: false\n    allow_roles = [ "root" ]`));
    const { findings } = diff({ base: CORPUS_SERVICES, head });
    expect(summary(findings)).toEqual(["breaking roles-narrowed auth.login - "]);
  });

  it("reports a required request property added to a version in place, in every version that inherits it", () => {
    const head = mutated("queues.conf", (t) =>
      replaceOnce(t, `            required: [ queue ]\n            properties {\n                queue {\n                    description: "Queue ID"`, `            required: [ queue, extra ]\n            properties {\n                extra { type: string }\n                queue {\n                    description: "Queue ID"`),
    );
    const { findings } = diff({ base: CORPUS_SERVICES, head });
    expect(summary(findings)).toEqual(["breaking request-property-added-required queues.get_by_id 2.4 request.extra", "breaking request-property-added-required queues.get_by_id 2.20 request.extra"]);
  });
});
