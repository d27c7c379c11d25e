// prettier's printDocToString for the docs of doc.ts: a group prints flat when its contents,
// then what follows it up to the next possible line break, fit in the line; else broken.
// All state lives in the caller's Stacks; docs are only read, so rendering is re-entrant.
import { LEADING_SPACE, line, stringWidth, TEXT, TRAILING_SPACE, type Doc, type DocNode } from "./doc.js";

/** prettier's default printWidth. */
const WIDTH = 80;
const FLAT = false, BREAK = true, SPACES = LEADING_SPACE | TRAILING_SPACE;

/** A render's work, reused statement after statement: commands as parallel arrays (indentation, mode, doc), fits' own pair, line breaks by indentation. */
export type Stacks = { readonly ind: number[]; readonly mode: boolean[]; readonly doc: Doc[]; readonly fitsMode: boolean[]; readonly fitsDoc: Doc[]; readonly breaks: string[] };

export const newStacks = (): Stacks => ({ ind: [], mode: [], doc: [], fitsMode: [], fitsDoc: [], breaks: [] });

/** Renders a doc from column 0 (a statement); the text has no final line break. */
export const render = (root: Doc): string => renderInto(root, [], newStacks()).join("");

/** Renders a doc from column 0 onto the end of `out`, without trailing spaces. */
export function renderInto(root: Doc, out: string[], stacks: Stacks): string[] {
  const { ind: inds, mode: modes, doc: docs, breaks } = stacks;
  inds[0] = 0;
  modes[0] = BREAK;
  docs[0] = root;
  let top = 0;
  // The column is measured only when a decision needs it: `pos` is the width of the line up to out[measured].
  let pos = 0;
  let measured = out.length;
  let remeasure = false;
  while (top >= 0) {
    const ind = inds[top];
    const mode = modes[top];
    const doc = docs[top--];
    if (typeof doc === "string") {
      out.push(doc);
      continue;
    }
    if (Array.isArray(doc)) {
      // Leading texts print in any mode: straight out, without the stack.
      let first = 0;
      while (first < doc.length && typeof doc[first] === "string") out.push(doc[first++] as string);
      for (let i = doc.length - 1; i >= first; i--) {
        inds[++top] = ind;
        modes[top] = mode;
        docs[top] = (doc as readonly Doc[])[i];
      }
      continue;
    }
    const node = doc as DocNode;
    let next: Doc = node.contents;
    let nextInd = ind;
    let nextMode = mode;
    if (node.kind === "indent") nextInd = ind + 1;
    else if (node.kind === "if-break") next = mode === FLAT ? node.flatContents : node.contents;
    else if (node.kind === "line" && mode === FLAT && !node.hard) {
      if (!node.soft) out.push(" ");
      continue;
    } else if (node.kind === "line" || node.kind === "fluid") {
      // A fluid layout's line breaks (indenting what follows) unless it, its doc and what follows up to a possible break fit.
      if (node.kind === "fluid") {
        const flat = mode === FLAT && !remeasure;
        remeasure = false;
        inds[++top] = ind;
        modes[top] = mode;
        docs[top] = node.contents;
        if (!flat) for (; measured < out.length; measured++) pos += stringWidth(out[measured]);
        if (flat || fits(line, stacks, top, WIDTH - pos)) {
          out.push(" ");
          continue;
        }
        inds[top] = nextInd = ind + 1;
      } else if (mode === FLAT) remeasure = true; // a hard line in a group printed flat: the next group is measured again
      trimEnd(out);
      out.push((breaks[nextInd] ??= "\n" + "  ".repeat(nextInd)));
      measured = out.length;
      pos = 2 * nextInd;
      continue;
    } else {
      nextMode = node.broken ? BREAK : FLAT;
      if (mode === BREAK || remeasure) {
        remeasure = false;
        nextMode = BREAK;
        for (; measured < out.length; measured++) pos += stringWidth(out[measured]);
        // A known flat width: only what follows is left to measure.
        if (node.flat !== null && (node.flatSpaces & SPACES) === 0 ? fits("", stacks, top, WIDTH - pos - node.flatWidth) : !node.broken && fits(next, stacks, top, WIDTH - pos)) nextMode = FLAT;
        else if (node.states) {
          let i = 1;
          while (i < node.states.length - 1 && !fits(node.states[i], stacks, top, WIDTH - pos)) i++;
          next = node.states[i];
          if (i < node.states.length - 1) nextMode = FLAT;
        }
      }
      // Printed flat in one piece, whose width is known.
      if (nextMode === FLAT && next === node.contents && node.flat !== null) {
        if (measured === out.length) {
          measured++;
          pos += node.flatWidth;
        }
        out.push(node.flat);
        continue;
      }
    }
    inds[++top] = nextInd;
    modes[top] = nextMode;
    docs[top] = next;
  }
  trimEnd(out);
  return out;
}

/** Drops the spaces and tabs at the end of the output (before a line break), as prettier's trim. */
function trimEnd(out: string[]): void {
  for (let end = 0; out.length > 0 && ((end = out[out.length - 1].charCodeAt(out[out.length - 1].length - 1)) === 32 || end === 9); ) {
    const trimmed = out.pop()!.replace(/[ \t]+$/, "");
    if (trimmed.length > 0) return void out.push(trimmed);
  }
}

/** prettier's fits: whether `next` flat, then the commands up to `restTop` (each in its own mode), reach a break or the end within `room` columns. */
function fits(next: Doc, stacks: Stacks, restTop: number, room: number): boolean {
  const { fitsDoc: docs, fitsMode: modes } = stacks;
  let top = 0;
  docs[0] = next;
  modes[0] = FLAT;
  let rest = restTop + 1;
  let pendingSpace = false;
  while (room >= 0) {
    if (top < 0) {
      if (rest === 0) return true;
      docs[++top] = stacks.doc[--rest];
      modes[top] = stacks.mode[rest];
      continue;
    }
    const doc = docs[top];
    const mode = modes[top--];
    // A group whose flat width is known counts as its text.
    const flat = typeof doc === "object" && !Array.isArray(doc) && mode === FLAT && (doc as DocNode).flat !== null && ((doc as DocNode).flatSpaces & SPACES) === 0;
    if (typeof doc === "string" || flat) {
      if (flat ? (doc as DocNode).flatSpaces === TEXT : (doc as string).length > 0) {
        room -= (pendingSpace ? 1 : 0) + (flat ? (doc as DocNode).flatWidth : stringWidth(doc as string));
        pendingSpace = false;
      }
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        docs[++top] = (doc as readonly Doc[])[i];
        modes[top] = mode;
      }
      continue;
    }
    const node = doc as DocNode;
    let nextMode = mode;
    let next = node.contents;
    if (node.kind === "line" || node.kind === "fluid") {
      if (mode === BREAK || node.hard) return true;
      if (!node.soft) pendingSpace = true;
      if (node.kind === "line") continue;
    } else if (node.kind === "if-break" && mode === FLAT) next = node.flatContents;
    else if (node.kind === "group" && node.broken) nextMode = BREAK;
    if (node.states && nextMode === BREAK) next = node.states[node.states.length - 1];
    docs[++top] = next;
    modes[top] = nextMode;
  }
  return false;
}
