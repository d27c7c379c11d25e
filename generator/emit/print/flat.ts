// A group printed flat, computed once per group from its children's: a group that fits is
// then measured by one subtraction and printed as one piece, however deep it is.
import type { Doc, DocNode, Flat, GroupNode } from "./doc.js";
import { stringWidth } from "./width.js";

/**
 * The group printed flat; null when it holds a break no flat mode removes (a hard line, a
 * broken group) or a conditional group (whose flat state depends on the line).
 */
export function flatOf(group: GroupNode): Flat | null {
  if (group.flat === undefined) {
    const acc: Collect = { text: "", width: 0, ok: !group.broken && !group.states, leading: undefined, trailing: false };
    if (acc.ok) collect(group.contents, acc);
    group.flat = acc.ok ? { text: acc.text, width: acc.width, leadingSpace: acc.leading === true, trailingSpace: acc.trailing } : null;
  }
  return group.flat;
}

interface Collect {
  text: string;
  width: number;
  ok: boolean;
  /** Whether the first piece of text is a line's space (undefined: no text yet). */
  leading: boolean | undefined;
  /** Whether the last piece of text is a line's space. */
  trailing: boolean;
}

function collect(doc: Doc, acc: Collect): void {
  if (typeof doc === "string") {
    if (doc.length === 0) return;
    acc.text += doc;
    acc.width += stringWidth(doc);
    acc.leading ??= false;
    acc.trailing = false;
    return;
  }
  if (Array.isArray(doc)) {
    for (const d of doc as readonly Doc[]) if (acc.ok) collect(d, acc);
    return;
  }
  const node = doc as DocNode;
  switch (node.kind) {
    case "group": {
      const flat = flatOf(node);
      if (!flat) acc.ok = false;
      else if (flat.text.length > 0) {
        acc.text += flat.text;
        acc.width += flat.width;
        acc.leading ??= flat.leadingSpace;
        acc.trailing = flat.trailingSpace;
      }
      return;
    }
    case "indent":
    case "fill":
      return collect(node.contents, acc);
    case "if-break":
      // In a group printed flat, a group it names is flat too (or, for indentIfBreak, prints the same).
      return collect(node.flatContents, acc);
    case "line":
      if (node.hard) acc.ok = false;
      else if (!node.soft) {
        acc.text += " ";
        acc.width++;
        acc.leading ??= true;
        acc.trailing = true;
      }
      return;
    case "break-parent":
      acc.ok = false;
      return;
  }
}
