// Path expressions (`a.b."c.d"`), shared by keys and substitutions: unquoted text splits
// on dots, quoted text never does, whitespace between parts is kept.
import type { Location } from "./diagnostics.js";

export interface PathPart {
  readonly quoted: boolean;
  readonly text: string;
  readonly loc: Location;
  /** Whitespace between parts: kept inside a key, trimmed at its ends. */
  readonly space?: boolean;
}

export interface PathSegment {
  readonly name: string;
  readonly loc: Location;
}

/** Returns the segments, or the location of the first empty segment. */
export function buildPath(parts: readonly PathPart[]): PathSegment[] | { readonly emptyAt: Location } {
  const segments: PathSegment[] = [];
  let name = "";
  let started = false;
  let segLoc: Location | undefined;
  for (const part of parts) {
    if (part.quoted) {
      if (segLoc === undefined) segLoc = part.loc;
      name += part.text;
      started = true;
      continue;
    }
    const text = part.text;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) !== 46) continue;
      const piece = text.slice(from, i);
      const pieceLoc = segLoc ?? shift(part.loc, from);
      if (!started && piece.length === 0 && name.length === 0) return { emptyAt: shift(part.loc, i) };
      segments.push({ name: name + piece, loc: pieceLoc });
      name = "";
      started = false;
      segLoc = undefined;
      from = i + 1;
    }
    if (from < text.length) {
      if (segLoc === undefined) segLoc = shift(part.loc, from);
      name += text.slice(from);
      started = true;
    } else if (from === text.length && text.length > 0 && text.charCodeAt(text.length - 1) === 46) {
      // A trailing dot leaves an empty segment unless a later part fills it.
      segLoc = undefined;
    }
  }
  if (!started && name.length === 0) {
    const last = parts[parts.length - 1];
    return { emptyAt: last === undefined ? { file: "", line: 1, column: 1 } : shift(last.loc, last.text.length) };
  }
  segments.push({ name, loc: segLoc ?? parts[0].loc });
  return segments;
}

function shift(loc: Location, by: number): Location {
  return by === 0 ? loc : { file: loc.file, line: loc.line, column: loc.column + by };
}

/** Renders a path the way it would be written, quoting segments that need it. */
export function renderPath(path: readonly string[]): string {
  return path.map(renderSegment).join(".");
}

function renderSegment(name: string): string {
  return /^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name);
}
