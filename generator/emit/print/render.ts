// prettier's printDocToString for the docs of doc.ts: a group prints flat when its contents,
// then what follows it up to the next possible line break, fit in the line; else broken.
// All state lives in one call (and in the doc's own groups), so rendering is re-entrant.
import type { Doc, DocNode, Flat, GroupId, GroupNode } from "./doc.js";

/** prettier's default printWidth. */
export const WIDTH = 80;

const FLAT = false, BREAK = true;

/** A stack of commands as parallel arrays (indentation level, mode, doc), the top at the end. */
type Commands = { readonly ind: number[]; readonly mode: boolean[]; readonly doc: Doc[] };

function push(cmds: Commands, ind: number, mode: boolean, doc: Doc): void {
  cmds.ind.push(ind);
  cmds.mode.push(mode);
  cmds.doc.push(doc);
}

/** Renders a doc from column 0 (a statement); the text has no final line break. */
export const render = (root: Doc): string => renderInto(root, []).join("");

/** Renders a doc from column 0 onto the end of `out`, without trailing spaces. */
export function renderInto(root: Doc, out: string[]): string[] {
  const cmds: Commands = { ind: [0], mode: [BREAK], doc: [root] };
  const measure: Commands = { ind: [], mode: [], doc: [] };
  const modes = new Map<GroupId, boolean>();
  const indents = [""];
  let pos = 0;
  let remeasure = false;
  while (cmds.doc.length > 0) {
    const ind = cmds.ind.pop()!;
    const mode = cmds.mode.pop()!;
    const doc = cmds.doc.pop()!;
    if (typeof doc === "string") {
      pos += stringWidth(out[out.push(doc) - 1]);
      continue;
    }
    if (Array.isArray(doc)) {
      // Leading texts print in any mode: straight out, without the stack.
      let first = 0;
      for (; first < doc.length && typeof doc[first] === "string"; first++) pos += stringWidth(out[out.push(doc[first] as string) - 1]);
      for (let i = doc.length - 1; i >= first; i--) push(cmds, ind, mode, (doc as readonly Doc[])[i]);
      continue;
    }
    const node = doc as DocNode;
    if (node.kind === "indent") {
      if (indents.length === ind + 1) indents.push(indents[ind] + "  ");
      push(cmds, ind + 1, mode, node.contents);
    } else if (node.kind === "if-break") {
      const broken = node.id ? modes.get(node.id) === BREAK : mode === BREAK;
      push(cmds, ind, mode, broken ? node.contents : node.flatContents);
    } else if (node.kind === "line") {
      if (mode === FLAT && !node.hard) {
        if (!node.soft) {
          out.push(" ");
          pos++;
        }
        continue;
      }
      // A hard line in a group printed flat: the next group is measured again.
      if (mode === FLAT) remeasure = true;
      trimEnd(out);
      out.push("\n" + indents[ind]);
      pos = 2 * ind;
    } else {
      let chosen = node.broken ? BREAK : FLAT;
      let contents = node.contents;
      if (mode === BREAK || remeasure) {
        remeasure = false;
        chosen = BREAK;
        const flat = node.broken ? null : flatOf(node);
        // A known flat width: only what follows is left to measure.
        if (flat && !flat.leadingSpace && !flat.trailingSpace ? fits("", cmds, WIDTH - pos - flat.width, modes, measure) : !node.broken && fits(contents, cmds, WIDTH - pos, modes, measure)) chosen = FLAT;
        else if (node.states) {
          const last = node.states.length - 1;
          const i = node.states.findIndex((state, i) => i > 0 && (i === last || fits(state, cmds, WIDTH - pos, modes, measure)));
          contents = node.states[i];
          if (i < last) chosen = FLAT;
        }
      }
      if (node.id) modes.set(node.id, chosen);
      const flat = chosen === FLAT && contents === node.contents ? flatOf(node) : null;
      if (flat) {
        if (flat.text.length > 0) out.push(flat.text);
        pos += flat.width;
      } else push(cmds, ind, chosen, contents);
    }
  }
  trimEnd(out);
  return out;
}

/** Drops the spaces and tabs at the end of the output (before a line break), as prettier's trim. */
function trimEnd(out: string[]): void {
  while (out.length > 0 && (out[out.length - 1].endsWith(" ") || out[out.length - 1].endsWith("\t"))) {
    const trimmed = out.pop()!.replace(/[ \t]+$/, "");
    if (trimmed.length > 0) return void out.push(trimmed);
  }
}

/**
 * prettier's fits: whether `next` flat, then the commands `rest` (each in its own mode),
 * reach a line break in break mode (or the end) within `room` columns. A line's space
 * counts only before more text (it is trimmed before a break). `measure`: the stack to work in.
 */
function fits(next: Doc, rest: Commands, room: number, modes: Map<GroupId, boolean>, measure: Commands): boolean {
  const { doc: docs, mode: docModes } = measure;
  let top = 0;
  docs[0] = next;
  docModes[0] = FLAT;
  let restIndex = rest.doc.length;
  let pendingSpace = false;
  while (room >= 0) {
    if (top < 0) {
      if (restIndex === 0) return true;
      docs[++top] = rest.doc[--restIndex];
      docModes[top] = rest.mode[restIndex];
      continue;
    }
    const doc = docs[top];
    const mode = docModes[top--];
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        docs[++top] = (doc as readonly Doc[])[i];
        docModes[top] = mode;
      }
      continue;
    }
    const node = doc as DocNode;
    // A group whose flat text is known counts as that text.
    const flat = typeof doc !== "string" && node.kind === "group" && mode === FLAT ? flatOf(node) : null;
    const text = typeof doc === "string" ? doc : flat && !flat.leadingSpace && !flat.trailingSpace ? flat.text : undefined;
    if (text !== undefined) {
      if (text.length > 0) {
        if (pendingSpace) room--;
        pendingSpace = false;
        room -= flat ? flat.width : stringWidth(text);
      }
    } else if (node.kind === "line") {
      if (mode === BREAK || node.hard) return true;
      if (!node.soft) pendingSpace = true;
    } else if (node.kind === "if-break") {
      docs[++top] = (node.id ? (modes.get(node.id) ?? FLAT) : mode) === BREAK ? node.contents : node.flatContents;
      docModes[top] = mode;
    } else {
      const groupMode = node.kind === "group" && node.broken ? BREAK : mode;
      docs[++top] = node.kind === "group" && node.states && groupMode === BREAK ? node.states[node.states.length - 1] : node.contents;
      docModes[top] = groupMode;
    }
  }
  return false;
}

/**
 * The group printed flat, computed once per group from its children's (so a group that fits
 * is measured by one subtraction and printed in one piece); null when a hard line or a broken
 * group is inside, or for a conditional group (whose flat state depends on the line).
 */
export function flatOf(group: GroupNode): Flat | null {
  if (group.flat === undefined) {
    const acc: Collect = { text: "", width: 0, ok: !group.broken && !group.states, leading: undefined, trailing: false };
    if (acc.ok) collect(group.contents, acc);
    group.flat = acc.ok ? { text: acc.text, width: acc.width, leadingSpace: acc.leading === true, trailingSpace: acc.trailing } : null;
  }
  return group.flat;
}

type Collect = { text: string; width: number; ok: boolean; leading: boolean | undefined; trailing: boolean };

/** `leading`: whether the first piece is a line's space (undefined: no text yet); `trailing`: the last. */
function collect(doc: Doc, acc: Collect): void {
  if (typeof doc === "string") return append(acc, doc, stringWidth(doc), false, false);
  if (Array.isArray(doc)) {
    for (const d of doc as readonly Doc[]) if (acc.ok) collect(d, acc);
    return;
  }
  const node = doc as DocNode;
  if (node.kind === "group") {
    const flat = flatOf(node);
    if (flat) append(acc, flat.text, flat.width, flat.leadingSpace, flat.trailingSpace);
    else acc.ok = false;
  } else if (node.kind === "indent") collect(node.contents, acc);
  // In a group printed flat, a group an if-break names is flat too (or, for fluid's indent, prints the same).
  else if (node.kind === "if-break") collect(node.flatContents, acc);
  else if (node.hard) acc.ok = false;
  else if (!node.soft) append(acc, " ", 1, true, true);
}

function append(acc: Collect, text: string, width: number, leadingSpace: boolean, trailingSpace: boolean): void {
  if (text.length === 0) return;
  acc.text += text;
  acc.width += width;
  acc.leading ??= leadingSpace;
  acc.trailing = trailingSpace;
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
