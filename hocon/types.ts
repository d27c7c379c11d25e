// Public types of the HOCON parser. The implementation lives beside this file; every
// later stage depends only on these types and on `parseFile` / `parseString`.
import type { Location } from "./diagnostics.js";

/**
 * `bigint`: an integer literal that a JS number cannot hold exactly (beyond 2^53, e.g. the
 * common bound 9223372036854775807), kept exact; every other number is a `number`.
 * JSON.stringify throws on a bigint: print with the writers that know it (json-text.ts).
 */
export type JsonPrimitive = null | boolean | number | bigint | string;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * Where each resolved value came from, through includes and substitutions.
 * Keyed by the JS identity of the resolved objects and arrays, so a consumer walking
 * the value tree can ask about any node it holds without tracking paths.
 */
export interface SourceMap {
  /** Where an object or array value starts (its `{` or `[`, or the first token of a concatenation). */
  node(value: object): Location | undefined;
  /**
   * Where a member was defined: for an object member, the position of its key (the last
   * definition that gave it its final value, or the first key for merged objects); for an
   * array element, the position of the element's value.
   */
  member(container: object, key: string | number): Location | undefined;
  /** Convenience: the location of the value at `path` from the root (member location of its last step). */
  at(path: readonly (string | number)[]): Location | undefined;
  /** The full text of every file read, by file name, for printing source lines in diagnostics. */
  readonly sources: ReadonlyMap<string, string>;
}

export interface ParseResult {
  readonly value: JsonObject;
  readonly source: SourceMap;
}

/**
 * Which reading of HOCON: `pyhocon` as the Python library the ClearML server uses reads
 * it (pyhocon 0.3.61), or `spec` as HOCON.md (lightbend/config) defines it. They differ in
 * `+=`, number syntax, the case of `true`/`false`/`null` and unknown escapes (README,
 * "HOCON dialects").
 */
export type HoconDialect = "pyhocon" | "spec";

export interface ParseOptions {
  /** Name used in locations and messages (default `<string>` for parseString). */
  readonly file?: string;
  /** Directory that relative includes resolve against (default: dirname of `file`). */
  readonly baseDir?: string;
  /** Reads an included file; returns undefined when it does not exist. Defaults to node:fs in parseFile. */
  readonly readFile?: (path: string) => string | undefined;
  /** Limits that keep pathological input from hanging or overflowing the stack. */
  readonly limits?: Partial<ParseLimits>;
  /**
   * Fallback for substitutions not found in the document (the spec's environment
   * variables), e.g. `(name) => process.env[name]`. Off by default so output is deterministic.
   */
  readonly env?: (name: string) => string | undefined;
  /** Default `pyhocon`. */
  readonly dialect?: HoconDialect;
}

export interface ParseLimits {
  /** Maximum nesting of objects/arrays (default 1000). */
  readonly maxDepth: number;
  /** Maximum include depth (default 50). */
  readonly maxIncludeDepth: number;
  /** Maximum total substitution expansions (default 1_000_000). */
  readonly maxSubstitutions: number;
  /** Maximum size in characters of one file (default 64 MiB). */
  readonly maxFileSize: number;
}
