import { HoconError } from "./errors.js";
import { dirname, joinPath } from "./file-path.js";
import { parseDocument } from "./parser.js";
class Loader {
  constructor(options) {
    this.options = options;
  }
  options;
  parseRoot(text, file, baseDir) {
    return this.parse(text, file, baseDir, 0, []);
  }
  parse(text, file, dir, depth, chain) {
    this.options.sources.set(file, text);
    const { maxFileSize, maxDepth } = this.options.limits;
    if (text.length > maxFileSize) {
      throw new HoconError("hocon/too-large", `file is larger than ${maxFileSize} characters`, { file, line: 1, column: 1 });
    }
    const inner = chain.concat(file);
    return parseDocument(text, {
      file,
      maxDepth,
      startDepth: depth,
      include: (target, at) => this.include(target, dir, at, inner)
    });
  }
  /** The parsed files an include names, in merge order (later ones override earlier ones). */
  include(target, dir, depth, chain) {
    if (target.kind === "url" || target.kind === "classpath" || target.kind === "auto" && /^[a-z][a-z0-9+.-]*:\/\//i.test(target.name)) {
      this.fail(
        "hocon/include-unsupported",
        `${target.kind === "classpath" ? "classpath" : "URL"} includes are not supported: only files can be included`,
        target.loc,
        'use include file("...") with a path relative to this file'
      );
    }
    if (/\.properties$/i.test(target.name)) {
      this.fail("hocon/include-unsupported", "Java .properties files cannot be included: only HOCON and JSON", target.loc);
    }
    if (chain.length > this.options.limits.maxIncludeDepth) {
      this.fail("hocon/too-deep", `includes nested deeper than ${this.options.limits.maxIncludeDepth} levels`, target.loc);
    }
    const path = joinPath(dir, target.name);
    const exact = this.load(path, target, depth, chain);
    if (exact !== void 0) return [exact];
    const found = [];
    if (!/\.(conf|json)$/i.test(path)) {
      for (const candidate of [`${path}.json`, `${path}.conf`]) {
        const body = this.load(candidate, target, depth, chain);
        if (body !== void 0) found.push(body);
      }
    }
    if (found.length === 0 && target.required) {
      this.fail("hocon/include-not-found", `included file not found: ${target.name}`, target.loc, "remove required(...) to make the include optional");
    }
    return found;
  }
  load(path, target, depth, chain) {
    const at = chain.indexOf(path);
    if (at >= 0) {
      this.fail("hocon/include-cycle", `include cycle: ${chain.slice(at).concat(path).join(" -> ")}`, target.loc);
    }
    const text = this.read(path, target.loc);
    return text === void 0 ? void 0 : this.parse(text, path, dirname(path), depth, chain);
  }
  read(path, loc) {
    const readFile = this.options.readFile;
    if (readFile === void 0) return void 0;
    try {
      return readFile(path);
    } catch (e) {
      const reason = e instanceof Error && "code" in e ? String(e.code) : "read error";
      return this.fail("hocon/include-not-found", `cannot read included file ${path} (${reason})`, loc);
    }
  }
  fail(code, message, loc, hint) {
    throw new HoconError(code, message, loc, this.options.sources.get(loc.file), hint);
  }
}
export {
  Loader
};
