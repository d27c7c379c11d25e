// prettier's printDocToString for the docs of doc.ts: a group prints flat when its contents,
// then what follows it up to the next possible line break, fit in the line; else broken.
// All state lives in one call, so rendering is pure and re-entrant.
import { fill, type Doc, type DocNode, type GroupId } from "./doc.js";
import { flatOf } from "./flat.js";
import { stringWidth, WIDTH } from "./width.js";

const FLAT = false;
const BREAK = true;
type Mode = boolean;

/** A stack of commands: parallel arrays (indentation level, mode, doc), the top at the end. */
interface Commands {
  readonly ind: number[];
  readonly mode: Mode[];
  readonly doc: Doc[];
}

const stack = (): Commands => ({ ind: [], mode: [], doc: [] });

function push(cmds: Commands, ind: number, mode: Mode, doc: Doc): void {
  cmds.ind.push(ind);
  cmds.mode.push(mode);
  cmds.doc.push(doc);
}

/** Renders a doc from column 0 (a statement); the text has no final line break. */
export function render(root: Doc): string {
  const out: string[] = [];
  renderInto(root, out);
  return out.join("");
}

/** Renders a doc from column 0 onto the end of `out`, without trailing spaces. */
export function renderInto(root: Doc, out: string[]): void {
  const cmds = stack();
  push(cmds, 0, BREAK, root);
  const measure = stack();
  const modes = new Map<GroupId, Mode>();
  const indents = [""];
  let pos = 0;
  let remeasure = false;
  while (cmds.doc.length > 0) {
    const ind = cmds.ind.pop()!;
    const mode = cmds.mode.pop()!;
    const doc = cmds.doc.pop()!;
    if (typeof doc === "string") {
      out.push(doc);
      pos += stringWidth(doc);
      continue;
    }
    if (Array.isArray(doc)) {
      const parts = doc as readonly Doc[];
      // Leading texts print in any mode: straight out, without the stack.
      let first = 0;
      for (; first < parts.length && typeof parts[first] === "string"; first++) {
        out.push(parts[first] as string);
        pos += stringWidth(parts[first] as string);
      }
      for (let i = parts.length - 1; i >= first; i--) push(cmds, ind, mode, parts[i]);
      continue;
    }
    const node = doc as DocNode;
    switch (node.kind) {
      case "indent":
        if (indents.length === ind + 1) indents.push(indents[ind] + "  ");
        push(cmds, ind + 1, mode, node.contents);
        break;
      case "group": {
        let chosen = node.broken ? BREAK : FLAT;
        let contents = node.contents;
        if (mode === BREAK || remeasure) {
          remeasure = false;
          chosen = BREAK;
          const flat = node.broken ? null : flatOf(node);
          // A known flat width: only what follows is left to measure.
          if (flat && !flat.leadingSpace && !flat.trailingSpace ? fits("", cmds, WIDTH - pos - flat.width, modes, false, measure) : !node.broken && fits(contents, cmds, WIDTH - pos, modes, false, measure)) chosen = FLAT;
          else if (node.states) {
            contents = node.states[node.states.length - 1];
            for (let i = 1; i < node.states.length - 1 && !node.broken; i++) {
              if (fits(node.states[i], cmds, WIDTH - pos, modes, false, measure)) {
                chosen = FLAT;
                contents = node.states[i];
                break;
              }
            }
          }
        }
        if (node.id) modes.set(node.id, chosen);
        const flat = chosen === FLAT && contents === node.contents ? flatOf(node) : null;
        if (flat) {
          // Printed flat at once, without the command stack.
          if (flat.text.length > 0) out.push(flat.text);
          pos += flat.width;
        } else push(cmds, ind, chosen, contents);
        break;
      }
      case "if-break": {
        const broken = node.id ? modes.get(node.id) === BREAK : mode === BREAK;
        push(cmds, ind, mode, broken ? node.contents : node.flatContents);
        break;
      }
      case "fill":
        renderFill(node.contents, ind, mode, WIDTH - pos, modes, measure, cmds);
        break;
      case "line":
        if (mode === FLAT && !node.hard) {
          if (!node.soft) {
            out.push(" ");
            pos++;
          }
          break;
        }
        if (mode === FLAT) remeasure = true;
        trimEnd(out);
        out.push("\n" + indents[ind]);
        pos = 2 * ind;
        break;
      case "break-parent":
        break;
    }
  }
  trimEnd(out);
}

/**
 * prettier's fill: each content flat if it fits alone, the separator after it flat when
 * the next content fits on the same line too.
 */
function renderFill(parts: readonly Doc[], ind: number, mode: Mode, room: number, modes: Map<GroupId, Mode>, measure: Commands, cmds: Commands): void {
  if (parts.length === 0) return;
  const none = stack();
  const content = parts[0];
  const contentMode = fits(content, none, room, modes, true, measure) ? FLAT : BREAK;
  if (parts.length === 1) return push(cmds, ind, contentMode, content);
  const whitespace = parts[1];
  if (parts.length === 2) {
    push(cmds, ind, contentMode, whitespace);
    return push(cmds, ind, contentMode, content);
  }
  push(cmds, ind, mode, fill(parts.slice(2)));
  const both = fits([content, whitespace, parts[2]], none, room, modes, true, measure);
  push(cmds, ind, both ? FLAT : BREAK, whitespace);
  push(cmds, ind, contentMode, content);
}

/** Drops the spaces and tabs at the end of the output (before a line break). */
function trimEnd(out: string[]): void {
  for (let last = out.length - 1; last >= 0; last--) {
    const p = out[last];
    const end = p.charCodeAt(p.length - 1);
    if (end !== 32 && end !== 9) return;
    const trimmed = p.replace(/[ \t]+$/, "");
    if (trimmed.length > 0) {
      out[last] = trimmed;
      return;
    }
    out.pop();
  }
}

/**
 * prettier's fits: whether `next` flat, then the commands `rest` (each in its own mode),
 * reach a line break in break mode (or the end) within `room` columns. `mustBeFlat`: a
 * broken group does not fit (fill's contents). `measure`: the stack to work in.
 */
function fits(next: Doc, rest: Commands, room: number, modes: Map<GroupId, Mode>, mustBeFlat: boolean, measure: Commands): boolean {
  const { doc: docs, mode: docModes } = measure;
  let top = 0;
  docs[0] = next;
  docModes[0] = FLAT;
  let restIndex = rest.doc.length;
  let pendingSpace = false;
  while (room >= 0) {
    if (top < 0) {
      if (restIndex === 0) return true;
      restIndex--;
      docs[++top] = rest.doc[restIndex];
      docModes[top] = rest.mode[restIndex];
      continue;
    }
    const doc = docs[top];
    const mode = docModes[top--];
    if (typeof doc === "string") {
      if (doc.length > 0) {
        if (pendingSpace) room--;
        pendingSpace = false;
        room -= stringWidth(doc);
      }
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        docs[++top] = (doc as readonly Doc[])[i];
        docModes[top] = mode;
      }
      continue;
    }
    const node = doc as DocNode;
    switch (node.kind) {
      case "indent":
      case "fill":
        docs[++top] = node.contents;
        docModes[top] = mode;
        break;
      case "group": {
        if (mustBeFlat && node.broken) return false;
        const flat = mode === FLAT ? flatOf(node) : null;
        if (flat && !flat.leadingSpace && !flat.trailingSpace) {
          if (flat.text.length > 0) {
            if (pendingSpace) room--;
            pendingSpace = false;
            room -= flat.width;
          }
          break;
        }
        const groupMode = node.broken ? BREAK : mode;
        docs[++top] = node.states && groupMode === BREAK ? node.states[node.states.length - 1] : node.contents;
        docModes[top] = groupMode;
        break;
      }
      case "if-break": {
        const broken = node.id ? (modes.get(node.id) ?? FLAT) === BREAK : mode === BREAK;
        docs[++top] = broken ? node.contents : node.flatContents;
        docModes[top] = mode;
        break;
      }
      case "line":
        if (mode === BREAK || node.hard) return true;
        if (!node.soft) pendingSpace = true;
        break;
      case "break-parent":
        break;
    }
  }
  return false;
}
