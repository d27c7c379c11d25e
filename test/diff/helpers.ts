// Test helpers: base/head schema folders written to temp from plain objects (JSON is
// valid HOCON), and locations found in the written text, so no test spells a line number.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Location } from "../../hocon/diagnostics.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = "diff-test-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Writes each value as `<name>.conf` into `dir`. */
export function writeFolder(dir: string, files: Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(files)) writeFileSync(path.join(dir, `${name}.conf`), JSON.stringify(value, null, 2));
  return dir;
}

/** A base and a head folder of one service `svc`. */
export function folderPair(base: unknown, head: unknown): { base: string; head: string } {
  const root = tempDir();
  return { base: writeFolder(path.join(root, "base"), { svc: base }), head: writeFolder(path.join(root, "head"), { svc: head }) };
}

/** A minimal endpoint version. */
export function version(request: unknown = { type: "object", properties: {} }, response: unknown = { type: "object", properties: {} }, description = "Does a thing"): unknown {
  return { description, request, response };
}

export function obj(properties: Record<string, unknown>, extra: Record<string, unknown> = {}): unknown {
  return { type: "object", ...extra, properties };
}

export function ref(name: string): { $ref: string } {
  return { $ref: `#/definitions/${name}` };
}

/**
 * Where the `nth` (0-based) occurrence of `needle` starts in `file`, moved `shift`
 * characters on: `at(f, '"name": {', 0, 8)` is the `{` of that property's schema.
 */
export function at(file: string, needle: string, nth = 0, shift = 0): Location {
  const text = readFileSync(file, "utf8");
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} (#${nth}) not in ${file}`);
  }
  i += shift;
  const before = text.slice(0, i);
  const line = before.split("\n").length;
  return { file, line, column: i - before.lastIndexOf("\n") };
}

/** The location of the property key `"name"` (nth occurrence). */
export function key(file: string, name: string, nth = 0): Location {
  return at(file, `"${name}":`, nth);
}

/** The location of the schema value `{` of the property or member `"name"`. */
export function value(file: string, name: string, nth = 0): Location {
  const needle = `"${name}": {`;
  return at(file, needle, nth, needle.length - 1);
}
