// Reads and parses the files a document includes, relative to the including file.
// A missing include is ignored (as the spec says) unless wrapped in required(...).
import type { Location } from "./diagnostics.js";
import type { ObjectNode } from "./ast.js";
import { HoconError } from "./errors.js";
import type { HoconErrorCode } from "./errors.js";
import { dirname, joinPath } from "./file-path.js";
import type { IncludeTarget } from "./lexer.js";
import { parseDocument } from "./parser.js";
import type { HoconDialect, ParseLimits } from "./types.js";

export interface LoaderOptions {
  readonly limits: ParseLimits;
  readonly dialect: HoconDialect;
  readonly readFile: ((path: string) => string | undefined) | undefined;
  /** Receives the text of every file read, for source lines in diagnostics. */
  readonly sources: Map<string, string>;
}

export class Loader {
  constructor(private readonly options: LoaderOptions) {}

  parseRoot(text: string, file: string, baseDir: string): ObjectNode {
    return this.parse(text, file, baseDir, 0, []);
  }

  private parse(text: string, file: string, dir: string, depth: number, chain: readonly string[]): ObjectNode {
    this.options.sources.set(file, text);
    const { maxFileSize, maxDepth } = this.options.limits;
    if (text.length > maxFileSize) {
      throw new HoconError("hocon/too-large", `file is larger than ${maxFileSize} characters`, { file, line: 1, column: 1 });
    }
    const inner = chain.concat(file);
    return parseDocument(text, {
      file,
      dialect: this.options.dialect,
      maxDepth,
      startDepth: depth,
      include: (target, at) => this.include(target, dir, at, inner),
    });
  }

  /** The parsed files an include names, in merge order (later ones override earlier ones). */
  private include(target: IncludeTarget, dir: string, depth: number, chain: readonly string[]): ObjectNode[] {
    if (target.kind === "url" || target.kind === "classpath" || (target.kind === "auto" && /^[a-z][a-z0-9+.-]*:\/\//i.test(target.name))) {
      this.fail("hocon/include-unsupported", `${target.kind === "classpath" ? "classpath" : "URL"} includes are not supported: only files can be included`, target.loc,
        'use include file("...") with a path relative to this file');
    }
    if (/\.properties$/i.test(target.name)) {
      this.fail("hocon/include-unsupported", "Java .properties files cannot be included: only HOCON and JSON", target.loc);
    }
    if (chain.length > this.options.limits.maxIncludeDepth) {
      this.fail("hocon/too-deep", `includes nested deeper than ${this.options.limits.maxIncludeDepth} levels`, target.loc);
    }
    const path = joinPath(dir, target.name);
    // pyhocon reads the name as written, and only that. The spec reads a name without
    // extension as a basename: name.json and name.conf, both, merged in that order.
    const basename = this.options.dialect === "spec" && !/\.(conf|json)$/i.test(path);
    const exact = basename ? undefined : this.load(path, target, depth, chain);
    if (exact !== undefined) return [exact];
    const found: ObjectNode[] = [];
    if (basename) {
      for (const candidate of [`${path}.json`, `${path}.conf`]) {
        const body = this.load(candidate, target, depth, chain);
        if (body !== undefined) found.push(body);
      }
    }
    if (found.length === 0 && target.required) {
      this.fail("hocon/include-not-found", `included file not found: ${target.name}`, target.loc, "remove required(...) to make the include optional");
    }
    return found;
  }

  private load(path: string, target: IncludeTarget, depth: number, chain: readonly string[]): ObjectNode | undefined {
    const at = chain.indexOf(path);
    if (at >= 0) {
      this.fail("hocon/include-cycle", `include cycle: ${chain.slice(at).concat(path).join(" -> ")}`, target.loc);
    }
    const text = this.read(path, target.loc);
    return text === undefined ? undefined : this.parse(text, path, dirname(path), depth, chain);
  }

  private read(path: string, loc: Location): string | undefined {
    const readFile = this.options.readFile;
    if (readFile === undefined) return undefined;
    try {
      return readFile(path);
    } catch (e) {
      // A system error by its code; the reader's own refusal (not a regular file, too large) by its message.
      const reason = e instanceof Error ? ("code" in e ? String((e as { code: unknown }).code) : e.message) : "read error";
      return this.fail("hocon/include-not-found", `cannot read included file ${path} (${reason})`, loc);
    }
  }

  private fail(code: HoconErrorCode, message: string, loc: Location, hint?: string): never {
    throw new HoconError(code, message, loc, this.options.sources.get(loc.file), hint);
  }
}
