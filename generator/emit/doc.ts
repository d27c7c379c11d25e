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
  /**
   * shouldBreak, or a forced break inside (prettier's propagateBreaks, done once here at
   * construction from the children's own flags instead of as a separate pass per print).
   */
  readonly break: boolean;
  readonly id: symbol | undefined;
  readonly expandedStates: readonly Doc[] | undefined;
  /** The contents hold a hard break, as willBreak sees it. */
  readonly forced: boolean;
  /** What the contents are printed flat, summarized bottom-up so measuring a group is O(1). */
  readonly flat: FlatFacts;
}

/**
 * A doc printed flat, as fits() measures it and printDoc prints it. fits() charges a
 * line's space only when text follows (a run of lines costs one), so the measure keeps
 * whether a line comes before the first text (`lead`) and after the last (`trail`).
 */
interface FlatFacts {
  /** Printable as one flat run anywhere: no hard break, broken group, fill or unresolved group reference. */
  readonly ok: boolean;
  /** Nothing but lines that can break and text (group references may still be unresolved). */
  readonly shapeOk: boolean;
  readonly hasText: boolean;
  readonly lead: boolean;
  readonly trail: boolean;
  /** fits() width from the first text to the last. */
  readonly inner: number;
  /** Printed width (every non-soft line is a space). */
  readonly width: number;
  /** Group ids defined inside, in document order (with the group's own first). */
  readonly ids: readonly symbol[] | undefined;
  /** If-break / indent-if-break group ids used inside and not defined before the use inside. */
  readonly refs: readonly symbol[] | undefined;
}

export const line: Doc = { type: "line" };
export const softline: Doc = { type: "line", soft: true };
export const breakParent: Doc = { type: "break-parent" };
/**
 * A mandatory newline; breaks every enclosing group. One node (prettier's hardline is a
 * hard line plus a break-parent): a hard line here always breaks its parents too.
 */
export const hardline: Doc = { type: "line", hard: true };

export function group(contents: Doc, opts: { shouldBreak?: boolean; id?: symbol } = {}): Group {
  scanContents(contents, opts.id);
  const shouldBreak = opts.shouldBreak ?? false;
  const broken = shouldBreak || sBreak;
  return {
    type: "group",
    contents,
    break: broken,
    id: opts.id,
    expandedStates: undefined,
    forced: broken || sForced,
    flat: scannedFacts(),
  };
}

/** Tries each state in order, printing the first that fits; the last one is printed broken. */
export function conditionalGroup(states: readonly Doc[]): Group {
  // Like prettier, a conditional group is never broken by what it holds, and only its first state counts.
  scanContents(states[0], undefined);
  return { type: "group", contents: states[0], break: false, id: undefined, expandedStates: states, forced: sForced, flat: scannedFacts() };
}

// The scan of one group's contents (group() never runs during a scan, so one set of
// module-level accumulators serves every scan without allocating).
let sBreak = false;
let sForced = false;
let sShapeOk = true;
let sHasText = false;
let sLead = false;
let sTrail = false;
let sInner = 0;
let sWidth = 0;
let sIds: symbol[] | undefined;
let sRefs: symbol[] | undefined;

function scanContents(contents: Doc, id: symbol | undefined): void {
  sBreak = false;
  sForced = false;
  sShapeOk = true;
  sHasText = false;
  sLead = false;
  sTrail = false;
  sInner = 0;
  sWidth = 0;
  sIds = id ? [id] : undefined;
  sRefs = undefined;
  scan(contents);
}

function scannedFacts(): FlatFacts {
  return {
    ok: sShapeOk && sRefs === undefined,
    shapeOk: sShapeOk,
    hasText: sHasText,
    lead: sLead,
    trail: sTrail,
    inner: sInner,
    width: sWidth,
    ids: sIds,
    refs: sRefs,
  };
}

function scanText(text: string): void {
  if (!text) return; // "" changes nothing in fits() nor in print
  const w = stringWidth(text);
  if (sHasText) sInner += (sTrail ? 1 : 0) + w;
  else {
    sHasText = true;
    sInner = w;
  }
  sTrail = false;
  sWidth += w;
}

function scanSpace(): void {
  if (sHasText) sTrail = true;
  else sLead = true;
  sWidth += 1;
}

function scanRef(id: symbol): void {
  if (sIds !== undefined && sIds.includes(id)) return;
  (sRefs ??= []).push(id);
}

function scan(d: Doc): void {
  if (typeof d === "string") {
    scanText(d);
    return;
  }
  if (Array.isArray(d)) {
    const parts = d as readonly Doc[];
    for (let i = 0; i < parts.length; i++) scan(parts[i]);
    return;
  }
  const c = d as DocCommand;
  switch (c.type) {
    case "group": {
      if (c.break) sBreak = true;
      if (c.forced) sForced = true;
      const f = c.flat;
      if (c.break || !f.shapeOk) sShapeOk = false;
      if (!sShapeOk) return; // the flat facts no longer matter
      if (f.refs !== undefined) for (const r of f.refs) scanRef(r);
      if (f.ids !== undefined) (sIds ??= []).push(...f.ids);
      if (!f.hasText) {
        if (f.lead) scanSpace();
        sWidth += f.width - (f.lead ? 1 : 0);
        return;
      }
      if (sHasText) sInner += (sTrail || f.lead ? 1 : 0) + f.inner;
      else {
        sHasText = true;
        sLead = sLead || f.lead;
        sInner = f.inner;
      }
      sTrail = f.trail;
      sWidth += f.width;
      return;
    }
    case "line":
      if (c.hard) {
        sBreak = true;
        sForced = true;
        sShapeOk = false;
      } else if (!c.soft) scanSpace();
      return;
    case "break-parent":
      sBreak = true;
      sForced = true;
      return;
    case "indent":
    case "align":
      scan(c.contents);
      return;
    case "indent-if-break":
      scanRef(c.groupId);
      scan(c.contents);
      return;
    case "if-break":
      // Break propagation looks into both branches; flat printing uses the flat one.
      scanBreaks(c.breakContents);
      if (c.groupId) scanRef(c.groupId);
      scan(c.flatContents);
      return;
    case "fill":
      // Printed flat, a fill still measures each part: never one flat run.
      sShapeOk = false;
      for (let i = c.start; i < c.parts.length; i++) scanBreaks(c.parts[i]);
      return;
    case "lines":
      if (c.lines.length > 1) {
        sBreak = true;
        sForced = true;
        sShapeOk = false;
      } else scanText(c.lines[0] ?? "");
      return;
  }
}

/** Only the break flags of `d` (a branch that is never printed flat). */
function scanBreaks(d: Doc): void {
  if (typeof d === "string") return;
  if (Array.isArray(d)) {
    const parts = d as readonly Doc[];
    for (let i = 0; i < parts.length; i++) scanBreaks(parts[i]);
    return;
  }
  const c = d as DocCommand;
  switch (c.type) {
    case "group":
      if (c.break) sBreak = true;
      if (c.forced) sForced = true;
      return;
    case "line":
      if (c.hard) {
        sBreak = true;
        sForced = true;
      }
      return;
    case "break-parent":
      sBreak = true;
      sForced = true;
      return;
    case "indent":
    case "align":
    case "indent-if-break":
      scanBreaks(c.contents);
      return;
    case "if-break":
      scanBreaks(c.breakContents);
      scanBreaks(c.flatContents);
      return;
    case "fill":
      for (let i = c.start; i < c.parts.length; i++) scanBreaks(c.parts[i]);
      return;
    case "lines":
      if (c.lines.length > 1) {
        sBreak = true;
        sForced = true;
      }
      return;
  }
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
        // Known at construction (only a conditional group's first state counts, as in prettier).
        if (c.forced) return true;
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
  /** Deeper indentations, each made once (indentations are immutable and shared by every print). */
  readonly deeper: Map<number, Indentation>;
}

const ROOT_INDENTATION: Indentation = { value: "", length: 0, deeper: new Map() };

function makeIndent(ind: Indentation, n: number): Indentation {
  let next = ind.deeper.get(n);
  if (!next) {
    next = { value: ind.value + " ".repeat(n), length: ind.length + n, deeper: new Map() };
    ind.deeper.set(n, next);
  }
  return next;
}

/** Display width of a string: wide (CJK, emoji) characters count 2, combining marks 0. */
export function stringWidth(text: string): number {
  // The regular expression scans in native code: cheaper than a loop run by the interpreter.
  return NON_ASCII.test(text) ? unicodeWidth(text) : text.length;
}

const NON_ASCII = /[^\x00-\x7f]/;

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

/**
 * Whether `doc` (then the rest of the line from the `rest*` stacks, top at the end) fits
 * in `width` columns; `pendingSpace`: a line's space not yet charged (charged before text).
 */
function fits(
  mode: Mode,
  doc: Doc,
  restModes: readonly Mode[],
  restDocs: readonly Doc[],
  width: number,
  groupModes: Map<symbol, Mode>,
  mustBeFlat: boolean,
  pendingSpace = false,
): boolean {
  let restIdx = restDocs.length;
  const modes = fitsModes;
  const docs = fitsDocs;
  modes.length = 0;
  docs.length = 0;
  modes.push(mode);
  docs.push(doc);
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
        if (m === MODE_FLAT && !c.break && c.flat.ok) {
          // Measured once at construction: no need to walk the contents.
          const f = c.flat;
          if (f.hasText) {
            width -= (pendingSpace || f.lead ? 1 : 0) + f.inner;
            pendingSpace = f.trail;
          } else if (f.lead) pendingSpace = true;
          break;
        }
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

/**
 * Appends the text of a doc inside a group whose flat facts are `ok`, printed flat, to
 * `out` (pieces, not a concatenated rope: the final join copies each once). Every group-id
 * reference inside resolves to a group printed flat before it; the ids defined inside
 * are recorded as flat for what comes after.
 */
function printFlatInto(d: Doc, out: string[], groupModes: Map<symbol, Mode>): void {
  if (typeof d === "string") {
    if (d) out.push(d);
    return;
  }
  if (Array.isArray(d)) {
    const parts = d as readonly Doc[];
    for (let i = 0; i < parts.length; i++) printFlatInto(parts[i], out, groupModes);
    return;
  }
  const c = d as DocCommand;
  switch (c.type) {
    case "group":
      if (c.id) groupModes.set(c.id, MODE_FLAT);
      printFlatInto(c.contents, out, groupModes);
      return;
    case "line":
      if (!c.soft) out.push(" ");
      return;
    case "indent":
    case "align":
    case "indent-if-break":
      printFlatInto(c.contents, out, groupModes);
      return;
    case "if-break":
      printFlatInto(c.flatContents, out, groupModes);
      return;
    case "lines":
      if (c.lines[0]) out.push(c.lines[0]);
      return;
    case "break-parent":
      return;
    case "fill":
      throw new Error("printer: a fill is never printed as one flat run");
  }
}

export interface PrintOptions {
  readonly printWidth?: number;
  readonly tabWidth?: number;
}

/** Prints a doc to text with prettier's algorithm (LF line endings, spaces, trailing whitespace trimmed). */
export function printDoc(doc: Doc, options: PrintOptions = {}): string {
  const width = options.printWidth ?? 80;
  const tab = options.tabWidth ?? 2;
  const groupModes = new Map<symbol, Mode>();
  const out: string[] = [];
  let pos = 0;
  let shouldRemeasure = false;
  const inds: Indentation[] = [ROOT_INDENTATION];
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

  const newline = (ind: Indentation): void => {
    trimTrailing();
    out.push("\n" + ind.value);
    pos = ind.length;
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

  /** Prints a group whose flat facts are `ok` flat, in one piece. */
  const printFlat = (c: Group): void => {
    if (c.id) groupModes.set(c.id, MODE_FLAT);
    printFlatInto(c.contents, out, groupModes);
    pos += c.flat.width;
  };

  /** Whether a group with `ok` flat facts fits flat on the rest of the line. */
  const fitsFlat = (f: FlatFacts): boolean => {
    let rem = width - pos;
    if (f.hasText) rem -= (f.lead ? 1 : 0) + f.inner;
    return fits(MODE_FLAT, "", modes, docs, rem, groupModes, false, f.hasText ? f.trail : f.lead);
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
        if (mode === MODE_FLAT && !shouldRemeasure) {
          if (!c.break && c.flat.ok) printFlat(c);
          else {
            push(ind, c.break ? MODE_BREAK : MODE_FLAT, c.contents);
            if (c.id) groupModes.set(c.id, c.break ? MODE_BREAK : MODE_FLAT);
          }
          break;
        }
        shouldRemeasure = false;
        if (!c.break && c.flat.ok) {
          if (fitsFlat(c.flat)) {
            printFlat(c);
            break;
          }
        }
        let chosenMode: Mode;
        let chosenDoc: Doc;
        const rem = width - pos;
        if (!c.break && !c.flat.ok && fits(MODE_FLAT, c.contents, modes, docs, rem, groupModes, false)) {
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
        push(ind, chosenMode, chosenDoc);
        if (c.id) groupModes.set(c.id, chosenMode);
        break;
      }
      case "fill":
        printFill(c.parts, c.start, ind, mode);
        break;
      case "lines": {
        const lines = c.lines;
        for (let i = 0; i < lines.length; i++) {
          if (i > 0) {
            if (mode === MODE_FLAT) shouldRemeasure = true;
            newline(ind);
          }
          const text = lines[i];
          if (text) {
            out.push(text);
            pos += stringWidth(text);
          }
        }
        break;
      }
      case "if-break": {
        const groupMode = c.groupId ? groupModes.get(c.groupId) : mode;
        const contents = groupMode === MODE_BREAK ? c.breakContents : groupMode === MODE_FLAT ? c.flatContents : "";
        if (contents) push(ind, mode, contents);
        break;
      }
      case "indent-if-break": {
        const groupMode = groupModes.get(c.groupId);
        if (groupMode === MODE_BREAK) push(makeIndent(ind, tab), mode, c.contents);
        else if (groupMode === MODE_FLAT) push(ind, mode, c.contents);
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
        newline(ind);
        break;
      case "break-parent":
        break;
    }
  }
  return out.join("");
}
