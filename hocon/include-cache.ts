// Parsed included files, shared by the documents parsed in one scope (e.g. one schema
// folder, where many services include the same `_common.conf`): each distinct included
// file is lexed and parsed once. ASTs are immutable, so a cached one can be spliced into
// any number of documents. Only the parse is shared: every include is still resolved,
// read (so a caller recording the files read sees the same reads) and checked (cycles,
// depth) for each document, and the cached AST is used only when the file's text, its
// nesting depth and everything it includes came out the same.
import type { ObjectNode } from "./ast.js";
import type { IncludeTarget } from "./lexer.js";
import type { HoconDialect } from "./types.js";

/** One include directive met while the file was parsed, and the bodies it gave then. */
export interface IncludeRecord {
  readonly target: IncludeTarget;
  /** Nesting depth of the object the directive was written in. */
  readonly depth: number;
  readonly bodies: readonly ObjectNode[];
}

export interface CachedFile {
  readonly text: string;
  /** Depth at which the file started and the depth limit then: the parse checked nesting against both. */
  readonly startDepth: number;
  readonly maxDepth: number;
  /** The same text reads differently in another dialect. */
  readonly dialect: HoconDialect;
  readonly ast: ObjectNode;
  /** In source order. */
  readonly includes: readonly IncludeRecord[];
}

export class IncludeCache {
  private readonly files = new Map<string, CachedFile>();

  /** The parse of `file` if it was made from the same text, at the same depth and limit, in the same dialect. */
  get(file: string, text: string, startDepth: number, maxDepth: number, dialect: HoconDialect): CachedFile | undefined {
    const entry = this.files.get(file);
    if (entry === undefined || entry.text !== text || entry.startDepth !== startDepth || entry.maxDepth !== maxDepth || entry.dialect !== dialect) return undefined;
    return entry;
  }

  set(file: string, entry: CachedFile): void {
    this.files.set(file, entry);
  }
}

let active: IncludeCache | undefined;

/**
 * Runs `fn` with one IncludeCache shared by every parse it makes (parseString and
 * parseFile), so callers that are handed a reader function can share parses without
 * threading an option through it. Scopes nest; the cache ends with the scope, so files
 * edited between two scopes are always read afresh.
 */
export function withIncludeCache<T>(fn: () => T): T {
  const outer = active;
  active = new IncludeCache();
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/** The cache of the innermost withIncludeCache scope, if any. */
export function activeIncludeCache(): IncludeCache | undefined {
  return active;
}
