// Public API of the HOCON parser. Browser-safe: no node:* imports here or in anything this
// module imports (parseFile, which reads files, lives in generator/hocon/file.ts).
import { buildTree } from "./build-tree.js";
import { HoconError } from "./errors.js";
import { dirname } from "./file-path.js";
import { Loader } from "./include.js";
import { withDefaults } from "./limits.js";
import { resolveTree } from "./resolve.js";
import { SourceMapBuilder } from "./source-map.js";
import type { ParseOptions, ParseResult } from "./types.js";

export { HoconError } from "./errors.js";
export type { HoconErrorCode } from "./errors.js";
export { DEFAULT_LIMITS } from "./limits.js";
export type { HoconDialect, JsonObject, JsonPrimitive, JsonValue, ParseLimits, ParseOptions, ParseResult, SourceMap } from "./types.js";

/** Parses and resolves one HOCON document. Includes are read with `options.readFile`. */
export function parseString(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? "<string>";
  const limits = withDefaults(options.limits);
  const sources = new Map<string, string>();
  const sourceMap = new SourceMapBuilder(sources);
  try {
    const dialect = options.dialect ?? "pyhocon";
    const loader = new Loader({ limits, dialect, readFile: options.readFile, sources });
    const ast = loader.parseRoot(text, file, options.baseDir ?? dirname(file));
    const value = resolveTree(buildTree(ast, dialect), { limits, env: options.env, sourceMap });
    sourceMap.root = value;
    return { value, source: sourceMap };
  } catch (e) {
    // Last line of defence: the limits should stop runaway input first.
    if (e instanceof RangeError) {
      const tooLarge = /length/i.test(e.message);
      throw new HoconError(
        tooLarge ? "hocon/too-large" : "hocon/too-deep",
        tooLarge ? "value too large" : "input nested too deeply",
        { file, line: 1, column: 1 },
        text,
      );
    }
    throw e;
  }
}
