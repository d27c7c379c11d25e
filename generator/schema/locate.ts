// Source locations for values of one parsed file. The parser's SourceMap may not know a
// value (e.g. one synthesised by a merge), so every look-up falls back to something
// real: the value's container, then the start of the file.
import type { Location } from "../../hocon/diagnostics.js";
import type { JsonValue, SourceMap } from "../../hocon/types.js";

export class Locator {
  readonly fileStart: Location;

  constructor(
    readonly source: SourceMap,
    readonly file: string,
  ) {
    this.fileStart = { file, line: 1, column: 1 };
  }

  /** Where an object or array starts. */
  node(value: object, fallback: Location = this.fileStart): Location {
    return this.source.node(value) ?? fallback;
  }

  /** Where `container[key]` is written: its key for objects, its value for array elements. */
  member(container: object, key: string | number, fallback?: Location): Location {
    const found = this.source.member(container, key);
    if (found) return found;
    const value = (container as Record<string | number, JsonValue>)[key];
    if (value !== null && typeof value === "object") {
      const at = this.source.node(value);
      if (at) return at;
    }
    return fallback ?? this.node(container);
  }
}
