import { buildTree } from "./build-tree.js";
import { HoconError } from "./errors.js";
import { dirname } from "./file-path.js";
import { Loader } from "./include.js";
import { withDefaults } from "./limits.js";
import { resolveTree } from "./resolve.js";
import { SourceMapBuilder } from "./source-map.js";
import { HoconError as HoconError2 } from "./errors.js";
import { DEFAULT_LIMITS } from "./limits.js";
function parseString(text, options = {}) {
  const file = options.file ?? "<string>";
  const limits = withDefaults(options.limits);
  const sources = /* @__PURE__ */ new Map();
  const sourceMap = new SourceMapBuilder(sources);
  try {
    const loader = new Loader({ limits, readFile: options.readFile, sources });
    const ast = loader.parseRoot(text, file, options.baseDir ?? dirname(file));
    const value = resolveTree(buildTree(ast), { limits, env: options.env, sourceMap });
    sourceMap.root = value;
    return { value, source: sourceMap };
  } catch (e) {
    if (e instanceof RangeError) {
      const tooLarge = /length/i.test(e.message);
      throw new HoconError(
        tooLarge ? "hocon/too-large" : "hocon/too-deep",
        tooLarge ? "value too large" : "input nested too deeply",
        { file, line: 1, column: 1 },
        text
      );
    }
    throw e;
  }
}
export {
  DEFAULT_LIMITS,
  HoconError2 as HoconError,
  parseString
};
