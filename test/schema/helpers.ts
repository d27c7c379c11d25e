// Test helpers: the corpus location, and small schema folders written to a temp dir.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { loadApi, type LoadResult } from "../../generator/schema/index.js";

export const CORPUS = path.resolve(process.cwd(), "../shared/corpus/clearml-server");
export const CORPUS_SERVICES = path.join(CORPUS, "services");
export const FIXTURES = path.resolve(process.cwd(), "test/fixtures/lint");

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Writes each value as JSON (valid HOCON) to `<name>.conf` in a fresh folder and loads it. */
export function loadObjects(files: Record<string, unknown>): LoadResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schema-test-"));
  dirs.push(dir);
  for (const [name, value] of Object.entries(files)) writeFileSync(path.join(dir, `${name}.conf`), JSON.stringify(value, null, 2));
  return loadApi(dir);
}

/** A minimal valid endpoint version. */
export function version(request: unknown = { type: "object", properties: {} }, response: unknown = { type: "object", properties: {} }): unknown {
  return { description: "Does a thing", request, response };
}

/** A `$ref` to a definition of the same service. */
export function ref(name: string): { $ref: string } {
  return { $ref: `#/definitions/${name}` };
}
