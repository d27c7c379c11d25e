// The document printers build: prettier's doc commands, the few the emitters' syntax needs.
// A group is measured when built, from its contents: whether it must break (a hard line or a broken
// group inside, as prettier's propagateBreaks finds), its flat text and its width.

export type Doc = string | readonly Doc[] | DocNode;

/** Every node has the same fields (one hidden class): reading them stays fast. */
export interface DocNode {
  readonly kind: "line" | "indent" | "group" | "if-break" | "fluid";
  /** if-break: what prints in a broken group (`flatContents` in a flat one). */
  readonly contents: Doc;
  readonly flatContents: Doc;
  /** A conditional group's states: the first that fits flat, else the last broken. */
  readonly states: readonly Doc[] | undefined;
  readonly soft: boolean;
  readonly hard: boolean;
  /** The fields below are a group's, set while group() measures it. */
  broken: boolean;
  /** The group printed flat; null: it cannot print flat (broken, or a conditional group inside, whose flat state depends on the line). */
  flat: string | null;
  flatWidth: number;
  /** TEXT when the flat text is not empty; LEADING_SPACE (TRAILING_SPACE) when it starts (ends) with a line's space, which prettier's fits counts only before more text. */
  flatSpaces: number;
}

export const TEXT = 1, LEADING_SPACE = 2, TRAILING_SPACE = 4;
const LINE_SPACE = TEXT | LEADING_SPACE | TRAILING_SPACE;

function node(kind: DocNode["kind"], contents: Doc, broken = false, states?: readonly Doc[], flatContents: Doc = "", soft = false, hard = false, flat: string | null = null): DocNode {
  return { kind, contents, flatContents, states, soft, hard, broken, flat, flatWidth: 0, flatSpaces: 0 };
}

export const line = node("line", "");
export const softline = node("line", "", false, undefined, "", true);
export const hardline = node("line", "", false, undefined, "", false, true);
/** Breaks the enclosing group, as a hard line would, without printing anything. */
export const breakParent = node("group", "", true);
export const indent = (contents: Doc): Doc => node("indent", contents);
export const ifBreak = (broken: Doc, flat: Doc = ""): Doc => node("if-break", broken, false, undefined, flat);

/** Docs one after another, the parts of arrays among them spliced in and adjacent texts joined (fewer nodes to build, measure and print). */
export function concat(...parts: Doc[]): Doc {
  const joined: Doc[] = [];
  for (const part of parts) {
    if (!Array.isArray(part)) append(joined, part as Doc);
    else for (const p of part as readonly Doc[]) append(joined, p);
  }
  return joined.length <= 1 ? (joined.length === 0 ? "" : joined[0]) : joined;
}

function append(joined: Doc[], part: Doc): void {
  const last = joined.length - 1;
  if (typeof part !== "string") joined.push(part);
  else if (last >= 0 && typeof joined[last] === "string") joined[last] += part;
  else if (part.length > 0) joined.push(part);
}

export function group(contents: Doc, shouldBreak = false): Doc {
  // A text has no line to break: its group would change nothing.
  if (typeof contents === "string" && !shouldBreak) return contents;
  const g = node("group", contents, shouldBreak, undefined, "", false, false, "");
  measure(contents, g);
  if (g.broken) g.flat = null;
  return g;
}

/** Adds `doc` to the group `g` being measured: its flat text, width and spaces, or that it breaks. */
function measure(doc: Doc, g: DocNode): void {
  if (typeof doc === "string") {
    if (doc.length > 0) add(g, doc, stringWidth(doc), TEXT);
  } else if (Array.isArray(doc)) {
    for (let i = 0; i < doc.length && !g.broken; i++) measure((doc as readonly Doc[])[i], g);
  } else {
    const node = doc as DocNode;
    if (node.kind === "group") {
      if (node.broken) g.broken = true;
      else if (node.flat === null) g.flat = null;
      else add(g, node.flat, node.flatWidth, node.flatSpaces);
    } else if (node.kind === "line") {
      if (node.hard) g.broken = true;
      else if (!node.soft) add(g, " ", 1, LINE_SPACE);
    } else if (node.kind === "if-break") {
      if (holdsLine(node.contents, true)) g.broken = true;
      measure(node.flatContents, g);
    } else {
      if (node.kind === "fluid") add(g, " ", 1, LINE_SPACE);
      measure(node.contents, g);
    }
  }
}

function add(g: DocNode, text: string, width: number, spaces: number): void {
  if (g.flat === null || spaces === 0) return;
  g.flat += text;
  g.flatWidth += width;
  g.flatSpaces = (g.flatSpaces === 0 ? spaces & LEADING_SPACE : g.flatSpaces & LEADING_SPACE) | TEXT | (spaces & TRAILING_SPACE);
}

/** prettier's conditionalGroup: the first state that fits flat, else the last one broken; breaks inside do not break the groups around it. */
export const conditionalGroup = (states: readonly Doc[]): Doc => node("group", states[0], false, states);

export function join(separator: Doc, docs: readonly Doc[]): Doc {
  if (docs.length <= 1) return docs.length === 0 ? "" : docs[0];
  const parts: Doc[] = [docs[0]];
  for (let i = 1; i < docs.length; i++) parts.push(separator, docs[i]);
  return parts;
}

const TRAILING_COMMA = ifBreak(",");

/** `open`, the docs separated by `,` and a line, `close`: broken, one per line, indented (`,` after the last with `trailingComma`). */
export function list(open: string, docs: readonly Doc[], close: string, trailingComma: boolean, edge: Doc = softline): Doc {
  const inner: Doc[] = [edge, docs[0] ?? ""];
  for (let i = 1; i < docs.length; i++) inner.push(",", line, docs[i]);
  return [open, indent(inner), trailingComma ? TRAILING_COMMA : "", edge, close];
}

/**
 * prettier's fluid layout after an operator: after a space when its first piece fits there, else on the next line,
 * indented. prettier's `[group(indent(line), {id}), indentIfBreak(doc, {groupId: id})]` as one node: no group id needed.
 */
export const fluid = (doc: Doc): Doc => node("fluid", doc);

/** Whether `doc` holds a line outside conditional groups; `hard`: one that breaks the group around it (prettier's willBreak), else any (canBreak). */
export function holdsLine(doc: Doc, hard: boolean): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) {
    for (const d of doc as readonly Doc[]) if (holdsLine(d, hard)) return true;
    return false;
  }
  const node = doc as DocNode;
  if (node.kind === "line") return !hard || node.hard;
  if (node.kind === "group" && hard) return node.broken;
  if (node.kind === "fluid" && !hard) return true;
  return holdsLine(node.contents, hard) || (node.kind === "if-break" && holdsLine(node.flatContents, hard));
}

/** Display width as prettier's getStringWidth counts it: wide East Asian characters take 2, combining marks 0. */
export function stringWidth(text: string): number {
  // Short tokens are checked faster in a loop, long texts by the regular expression.
  if (text.length > 12) return /[^\x00-\x7f]/.test(text) ? unicodeWidth(text) : text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return unicodeWidth(text);
  return text.length;
}

const COMBINING = /[\u0300-\u036f]/;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

function unicodeWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += COMBINING.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}
