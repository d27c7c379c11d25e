// A Wadler-style document model and line-fitting printer with the exact semantics of
// prettier 3's doc printer (groups, conditional groups, if-break, indent-if-break, break
// propagation). Emitters describe code as docs shaped the way prettier's TypeScript
// printer shapes the same syntax, so the text printed here is already what prettier
// would print: generated files survive `prettier --check` without running prettier.

export type Doc = string | readonly Doc[] | DocCommand;

export type DocCommand =
  | { readonly type: "indent"; readonly contents: Doc }
  | { readonly type: "align"; readonly n: number; readonly contents: Doc }
  | Group
  | { readonly type: "line"; readonly hard?: boolean; readonly soft?: boolean }
  | { readonly type: "break-parent" }
  | {
      readonly type: "if-break";
      readonly breakContents: Doc;
      readonly flatContents: Doc;
      readonly groupId?: symbol;
    }
  | { readonly type: "indent-if-break"; readonly contents: Doc; readonly groupId: symbol }
  /**
   * Lines of text joined by hard line breaks at the current indentation (a JSDoc block):
   * one node instead of a string and a hardline per line.
   */
  | { readonly type: "lines"; readonly lines: readonly string[] }
  /** Content and separator docs alternating; as many contents per line as fit (prettier's fill). */
  /** `start`: the parts before it are already printed (the rest of a fill being printed). */
  | { readonly type: "fill"; readonly parts: readonly Doc[]; readonly start: number };

export interface Group {
  readonly type: "group";
  readonly contents: Doc;
  /** Mutable only through break propagation, as in prettier. */
  break: boolean;
  readonly id?: symbol;
  readonly expandedStates?: readonly Doc[];
  /** The break-propagation pass that last visited this group (shared docs are walked once per pass). */
  visited: number;
}

export const line: Doc = { type: "line" };
export const softline: Doc = { type: "line", soft: true };
export const breakParent: Doc = { type: "break-parent" };
/** A mandatory newline; breaks every enclosing group. */
export const hardline: Doc = [{ type: "line", hard: true }, breakParent];

export function group(contents: Doc, opts: { shouldBreak?: boolean; id?: symbol } = {}): Group {
  return { type: "group", contents, break: opts.shouldBreak ?? false, id: opts.id, expandedStates: undefined, visited: 0 };
}

/** Tries each state in order, printing the first that fits; the last one is printed broken. */
export function conditionalGroup(states: readonly Doc[]): Group {
  return { type: "group", contents: states[0], break: false, id: undefined, expandedStates: states, visited: 0 };
}

export function indent(contents: Doc): Doc {
  return { type: "indent", contents };
}

export function align(n: number, contents: Doc): Doc {
  return { type: "align", n, contents };
}

export function ifBreak(breakContents: Doc, flatContents: Doc = "", groupId?: symbol): Doc {
  return { type: "if-break", breakContents, flatContents, groupId };
}

export function indentIfBreak(contents: Doc, groupId: symbol): Doc {
  return { type: "indent-if-break", contents, groupId };
}

/** `lines` joined by hard line breaks (each line without line breaks or trailing spaces). */
export function textLines(lines: readonly string[]): Doc {
  return lines.length === 1 ? lines[0] : { type: "lines", lines };
}

export function fill(parts: readonly Doc[]): Doc {
  return { type: "fill", parts, start: 0 };
}

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const out: Doc[] = [];
  docs.forEach((d, i) => {
    if (i > 0) out.push(separator);
    out.push(d);
  });
  return out;
}

/** True when the doc contains a forced break (a hardline or an already-broken group). */
export function willBreak(doc: Doc): boolean {
  const stack: Doc[] = [doc];
  while (stack.length > 0) {
    const d = stack.pop()!;
    if (typeof d === "string") continue;
    if (Array.isArray(d)) {
      stack.push(...(d as readonly Doc[]));
      continue;
    }
    const c = d as DocCommand;
    switch (c.type) {
      case "break-parent":
        return true;
      case "line":
        if (c.hard) return true;
        break;
      case "group":
        if (c.break) return true;
        // Like prettier, only a conditional group's first state counts.
        stack.push(c.contents);
        break;
      case "if-break":
        stack.push(c.breakContents, c.flatContents);
        break;
      case "indent":
      case "align":
      case "indent-if-break":
        stack.push(c.contents);
        break;
      case "fill":
        for (let i = c.start; i < c.parts.length; i++) stack.push(c.parts[i]);
        break;
      case "lines":
        if (c.lines.length > 1) return true;
        break;
    }
  }
  return false;
}

const MODE_BREAK = 1;
const MODE_FLAT = 2;
type Mode = typeof MODE_BREAK | typeof MODE_FLAT;

interface Indentation {
  readonly value: string;
  readonly length: number;
  /** Deeper indentations, made once per printDoc call. */
  readonly deeper: Map<number, Indentation>;
}

let propagationPass = 0;
const EXIT = Symbol("exit");

/** Marks every group that contains a forced break as broken (prettier's propagateBreaks). */
function propagateBreaks(root: Doc): void {
  const pass = ++propagationPass;
  const groupStack: Group[] = [];
  const breakParentGroup = (): void => {
    const parent = groupStack[groupStack.length - 1];
    if (parent && !parent.expandedStates && !parent.break) parent.break = true;
  };
  // Iterative traversal with explicit exit markers: deep docs must not overflow the stack.
  const stack: (Doc | typeof EXIT)[] = [root];
  while (stack.length > 0) {
    const d = stack.pop()!;
    if (d === EXIT) {
      const g = groupStack.pop()!;
      if (g.break) breakParentGroup();
      continue;
    }
    if (typeof d === "string") continue;
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) stack.push((d as readonly Doc[])[i]);
      continue;
    }
    const c = d as DocCommand;
    switch (c.type) {
      case "break-parent":
        breakParentGroup();
        break;
      case "group": {
        groupStack.push(c);
        stack.push(EXIT);
        if (c.visited === pass) break;
        c.visited = pass;
        if (c.expandedStates) {
          for (let i = c.expandedStates.length - 1; i >= 0; i--) stack.push(c.expandedStates[i]);
        } else {
          stack.push(c.contents);
        }
        break;
      }
      case "if-break":
        stack.push(c.flatContents, c.breakContents);
        break;
      case "indent":
      case "align":
      case "indent-if-break":
        stack.push(c.contents);
        break;
      case "fill":
        for (let i = c.parts.length - 1; i >= c.start; i--) stack.push(c.parts[i]);
        break;
      case "lines":
        if (c.lines.length > 1) breakParentGroup();
        break;
      case "line":
        break;
    }
  }
}

/** Display width of a string: wide (CJK, emoji) characters count 2, combining marks 0. */
export function stringWidth(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return unicodeWidth(text);
  }
  return text.length;
}

function unicodeWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

// The command stacks are parallel arrays (indentation, mode, doc) rather than arrays of
// objects: printing allocates nothing per doc node, which keeps the garbage collector out.
// fits() is not re-entrant, so its scratch stacks are shared.
const fitsModes: Mode[] = [];
const fitsDocs: Doc[] = [];

/** Whether `doc` (then the rest of the line from the `rest*` stacks, top at the end) fits in `width` columns. */
function fits(
  mode: Mode,
  doc: Doc,
  restModes: readonly Mode[],
  restDocs: readonly Doc[],
  width: number,
  groupModes: Map<symbol, Mode>,
  mustBeFlat: boolean,
): boolean {
  let restIdx = restDocs.length;
  const modes = fitsModes;
  const docs = fitsDocs;
  modes.length = 0;
  docs.length = 0;
  modes.push(mode);
  docs.push(doc);
  let pendingSpace = false;
  while (width >= 0) {
    if (docs.length === 0) {
      if (restIdx === 0) return true;
      restIdx--;
      modes.push(restModes[restIdx]);
      docs.push(restDocs[restIdx]);
      continue;
    }
    const m = modes.pop()!;
    const d = docs.pop()!;
    if (typeof d === "string") {
      if (d) {
        if (pendingSpace) {
          width -= 1;
          pendingSpace = false;
        }
        width -= stringWidth(d);
      }
      continue;
    }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) {
        modes.push(m);
        docs.push((d as readonly Doc[])[i]);
      }
      continue;
    }
    const c = d as DocCommand;
    switch (c.type) {
      case "indent":
      case "align":
      case "indent-if-break":
        modes.push(m);
        docs.push(c.contents);
        break;
      case "fill":
        for (let i = c.parts.length - 1; i >= c.start; i--) {
          modes.push(m);
          docs.push(c.parts[i]);
        }
        break;
      case "group": {
        if (mustBeFlat && c.break) return false;
        const groupMode = c.break ? MODE_BREAK : m;
        const contents =
          c.expandedStates && groupMode === MODE_BREAK ? c.expandedStates[c.expandedStates.length - 1] : c.contents;
        modes.push(groupMode);
        docs.push(contents);
        break;
      }
      case "if-break": {
        const groupMode = c.groupId ? (groupModes.get(c.groupId) ?? MODE_FLAT) : m;
        const contents = groupMode === MODE_BREAK ? c.breakContents : c.flatContents;
        if (contents) {
          modes.push(m);
          docs.push(contents);
        }
        break;
      }
      case "line":
        if (m === MODE_BREAK || c.hard) return true;
        if (!c.soft) pendingSpace = true;
        break;
      case "lines":
        if (pendingSpace && c.lines[0]) {
          width -= 1;
          pendingSpace = false;
        }
        width -= stringWidth(c.lines[0] ?? "");
        if (c.lines.length > 1) return width >= 0;
        break;
      case "break-parent":
        break;
    }
  }
  return false;
}

export interface PrintOptions {
  readonly printWidth?: number;
  readonly tabWidth?: number;
}

/** Prints a doc to text with prettier's algorithm (LF line endings, spaces, trailing whitespace trimmed). */
export function printDoc(doc: Doc, options: PrintOptions = {}): string {
  const width = options.printWidth ?? 80;
  const tab = options.tabWidth ?? 2;
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const out: string[] = [];
  let pos = 0;
  let shouldRemeasure = false;
  const root: Indentation = { value: "", length: 0, deeper: new Map() };
  const makeIndent = (ind: Indentation, n: number): Indentation => {
    let next = ind.deeper.get(n);
    if (!next) {
      next = { value: ind.value + " ".repeat(n), length: ind.length + n, deeper: new Map() };
      ind.deeper.set(n, next);
    }
    return next;
  };
  const inds: Indentation[] = [root];
  const modes: Mode[] = [MODE_BREAK];
  const docs: Doc[] = [doc];
  const push = (ind: Indentation, mode: Mode, d: Doc): void => {
    inds.push(ind);
    modes.push(mode);
    docs.push(d);
  };

  const trimTrailing = (): void => {
    while (out.length > 0) {
      const last = out[out.length - 1];
      const end = last.charCodeAt(last.length - 1);
      if (end !== 32 && end !== 9) return;
      const trimmed = last.replace(/[ \t]+$/, "");
      pos -= last.length - trimmed.length;
      if (trimmed.length === 0) out.pop();
      else {
        out[out.length - 1] = trimmed;
        return;
      }
    }
  };

  // prettier's fill: each content flat if it fits; a separator breaks unless the next content fits after it.
  const none: readonly Doc[] = [];
  const noModes: readonly Mode[] = [];
  const printFill = (parts: readonly Doc[], from: number, ind: Indentation, mode: Mode): void => {
    const rem = width - pos;
    const length = parts.length - from;
    if (length === 0) return;
    const content = parts[from];
    const contentFits = fits(MODE_FLAT, content, noModes, none, rem, groupModes, true);
    if (length === 1) {
      push(ind, contentFits ? MODE_FLAT : MODE_BREAK, content);
      return;
    }
    const separator = parts[from + 1];
    if (length === 2) {
      push(ind, contentFits ? MODE_FLAT : MODE_BREAK, separator);
      push(ind, contentFits ? MODE_FLAT : MODE_BREAK, content);
      return;
    }
    const rest: Doc = { type: "fill", parts, start: from + 2 };
    const pairFits = fits(MODE_FLAT, [content, separator, parts[from + 2]], noModes, none, rem, groupModes, true);
    push(ind, mode, rest);
    push(ind, pairFits ? MODE_FLAT : MODE_BREAK, separator);
    push(ind, contentFits ? MODE_FLAT : MODE_BREAK, content);
  };

  while (docs.length > 0) {
    const ind = inds.pop()!;
    const mode = modes.pop()!;
    const d = docs.pop()!;
    if (typeof d === "string") {
      if (d) {
        out.push(d);
        pos += stringWidth(d);
      }
      continue;
    }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) push(ind, mode, (d as readonly Doc[])[i]);
      continue;
    }
    const c = d as DocCommand;
    switch (c.type) {
      case "indent":
        push(makeIndent(ind, tab), mode, c.contents);
        break;
      case "align":
        push(makeIndent(ind, c.n), mode, c.contents);
        break;
      case "group": {
        let chosenMode: Mode;
        let chosenDoc: Doc;
        if (mode === MODE_FLAT && !shouldRemeasure) {
          chosenMode = c.break ? MODE_BREAK : MODE_FLAT;
          chosenDoc = c.contents;
        } else {
          shouldRemeasure = false;
          const rem = width - pos;
          if (!c.break && fits(MODE_FLAT, c.contents, modes, docs, rem, groupModes, false)) {
            chosenMode = MODE_FLAT;
            chosenDoc = c.contents;
          } else if (!c.expandedStates) {
            chosenMode = MODE_BREAK;
            chosenDoc = c.contents;
          } else {
            const states = c.expandedStates;
            chosenMode = MODE_BREAK;
            chosenDoc = states[states.length - 1];
            if (!c.break) {
              for (let i = 1; i < states.length - 1; i++) {
                if (fits(MODE_FLAT, states[i], modes, docs, rem, groupModes, false)) {
                  chosenMode = MODE_FLAT;
                  chosenDoc = states[i];
                  break;
                }
              }
            }
          }
        }
        push(ind, chosenMode, chosenDoc);
        if (c.id) groupModes.set(c.id, chosenMode);
        break;
      }
      case "fill":
        printFill(c.parts, c.start, ind, mode);
        break;
      case "lines":
        c.lines.forEach((text, i) => {
          if (i > 0) {
            if (mode === MODE_FLAT) shouldRemeasure = true;
            trimTrailing();
            out.push("\n" + ind.value);
            pos = ind.length;
          }
          if (text) {
            out.push(text);
            pos += stringWidth(text);
          }
        });
        break;
      case "if-break":
      case "indent-if-break": {
        const groupMode = c.groupId ? groupModes.get(c.groupId) : mode;
        if (groupMode === MODE_BREAK) {
          const contents = c.type === "if-break" ? c.breakContents : indent(c.contents);
          if (contents) push(ind, mode, contents);
        } else if (groupMode === MODE_FLAT) {
          const contents = c.type === "if-break" ? c.flatContents : c.contents;
          if (contents) push(ind, mode, contents);
        }
        break;
      }
      case "line":
        if (mode === MODE_FLAT && !c.hard) {
          if (!c.soft) {
            out.push(" ");
            pos += 1;
          }
          break;
        }
        if (mode === MODE_FLAT) shouldRemeasure = true;
        trimTrailing();
        out.push("\n" + ind.value);
        pos = ind.length;
        break;
      case "break-parent":
        break;
    }
  }
  return out.join("");
}
