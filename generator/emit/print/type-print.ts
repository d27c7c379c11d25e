// Types printed straight to text with the layout prettier 3 gives them: each group of
// prettier's doc is printed flat when its flat width plus `rest` (what must follow it on
// the line, up to the next possible break) fits in the line, else broken, its inner
// groups deciding again at their own columns.
// Types never sit inside a conditional group, so a group containing a forced break (a
// non-empty object type) is always broken: measures treat it as never fitting.
import type { TsMember, TsParam, TsType, TypeContext } from "../printer.js";
import { jsDocLines, methodKey, numberText, propertyKey, quote } from "./literals.js";
import { head, newline, printLines, room, stringWidth, text, textLinesThenBreak } from "./out.js";
import { isHuggedTypeArgument, isHuggedUnion } from "./shapes.js";

/** A width that never fits: the measured doc holds a forced break. */
const NEVER = -1;

function literalText(value: string | number | bigint | boolean): string {
  return typeof value === "string" ? quote(value) : typeof value === "number" || typeof value === "bigint" ? numberText(value) : String(value);
}

// ------------------------------------------------------------------ flat measures

/** `budget` minus the type's flat width; negative as soon as it does not fit (or holds a forced break). */
export function measureType(type: TsType, ctx: TypeContext, budget: number): number {
  switch (type.kind) {
    case "keyword":
      return budget - type.name.length;
    case "literal":
      return budget - stringWidth(literalText(type.value));
    case "ref": {
      const b = budget - stringWidth(type.name);
      return type.args?.length && b >= 0 ? measureList(type.args, "type-arg", b - 2, 2) : b;
    }
    case "array": {
      const el = type.element;
      if (el.kind === "union") return measureList(el.members, "alias-member", budget - 4, 3);
      if (el.kind === "intersection") return measureIntersection(el.members, budget - 4);
      return measureType(el, "array", budget - 2);
    }
    case "tuple": {
      const b = budget - (type.readonly ? 9 : 0) - 2;
      return type.elements.length === 0 ? b : measureList(type.elements, "type-arg", b, 2);
    }
    case "union":
      return measureList(type.members, "alias-member", ctx === "alias" && !isHuggedUnion(type) ? budget - 1 : budget, 3);
    case "object":
      return type.members.length === 0 ? budget - 2 : NEVER;
    case "intersection":
      // A union's member (`alias-member`) is parenthesized.
      return measureIntersection(type.members, ctx === "alias-member" ? budget - 2 : budget);
  }
}

/** An intersection's member: a union in it is parenthesized. */
function measureIntersectionMember(m: TsType, budget: number): number {
  return m.kind === "union" ? measureList(m.members, "alias-member", budget - 2, 3) : measureType(m, "alias-member", budget);
}

function measureIntersection(members: readonly TsType[], budget: number): number {
  let b = budget;
  for (let i = 0; i < members.length && b >= 0; i++) b = measureIntersectionMember(members[i], i > 0 ? b - 3 : b);
  return b;
}

function flatIntersectionMember(m: TsType): string {
  return m.kind === "union" ? "(" + flatList(m.members, "alias-member", " | ") + ")" : flatType(m, "alias-member");
}

function flatIntersection(members: readonly TsType[]): string {
  let s = flatIntersectionMember(members[0]);
  for (let i = 1; i < members.length; i++) s += " & " + flatIntersectionMember(members[i]);
  return s;
}

export function measureList(types: readonly TsType[], ctx: TypeContext, budget: number, separator: number): number {
  let b = budget;
  for (let i = 0; i < types.length && b >= 0; i++) b = measureType(types[i], ctx, i > 0 ? b - separator : b);
  return b;
}

export function flatType(type: TsType, ctx: TypeContext): string {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "literal":
      return literalText(type.value);
    case "ref":
      return type.args?.length ? type.name + "<" + flatList(type.args, "type-arg", ", ") + ">" : type.name;
    case "array": {
      const el = type.element;
      if (el.kind === "union") return "(" + flatList(el.members, "alias-member", " | ") + ")[]";
      if (el.kind === "intersection") return "(" + flatIntersection(el.members) + ")[]";
      return flatType(el, "array") + "[]";
    }
    case "tuple":
      return (type.readonly ? "readonly [" : "[") + flatList(type.elements, "type-arg", ", ") + "]";
    case "union": {
      const members = flatList(type.members, "alias-member", " | ");
      return ctx === "alias" && !isHuggedUnion(type) ? " " + members : members;
    }
    case "object":
      if (type.members.length === 0) return "{}";
      throw new Error("printer: an object type with members is never flat");
    case "intersection":
      return ctx === "alias-member" ? "(" + flatIntersection(type.members) + ")" : flatIntersection(type.members);
  }
}

export function flatList(types: readonly TsType[], ctx: TypeContext, separator: string): string {
  if (types.length === 0) return "";
  let s = flatType(types[0], ctx);
  for (let i = 1; i < types.length; i++) s += separator + flatType(types[i], ctx);
  return s;
}

// ------------------------------------------------------------------ heads

/**
 * The width a type takes, printed broken, up to its first possible line break (what a
 * group before it must leave room for); `head.stop` says whether there is such a break.
 */
export function headType(type: TsType, ctx: TypeContext): number {
  head.stop = false;
  switch (type.kind) {
    case "keyword":
      return type.name.length;
    case "literal":
      return stringWidth(literalText(type.value));
    case "ref": {
      const w = stringWidth(type.name);
      if (!type.args?.length) return w;
      if (!isHuggedTypeArgument(type.args)) {
        head.stop = true;
        return w + 1;
      }
      const inner = headType(type.args[0], "type-arg");
      return head.stop ? w + 1 + inner : w + 2 + inner;
    }
    case "array": {
      const el = type.element;
      if (el.kind === "union") {
        if (!isHuggedUnion(el)) {
          head.stop = true;
          return 1;
        }
        const inner = headMembers(el.members, 0);
        return head.stop ? 1 + inner : 4 + inner;
      }
      if (el.kind === "intersection") {
        const inner = headIntersection(el.members, 0);
        return head.stop ? 1 + inner : 4 + inner;
      }
      const inner = headType(el, "array");
      return head.stop ? inner : inner + 2;
    }
    case "tuple": {
      const w = type.readonly ? 9 : 0;
      if (type.elements.length === 0) return w + 2;
      head.stop = true;
      return w + 1;
    }
    case "union":
      if (isHuggedUnion(type)) return headMembers(type.members, 0);
      if (ctx === "property" || ctx === "alias") {
        head.stop = true;
        return 0;
      }
      {
        const inner = headType(type.members[0], "alias-member");
        if (type.members.length > 1) head.stop = true;
        return 2 + inner;
      }
    case "object":
      if (type.members.length === 0) return 2;
      head.stop = true;
      return 1;
    case "intersection": {
      if (ctx !== "alias-member") return headIntersection(type.members, 0);
      const inner = headIntersection(type.members, 0);
      return head.stop ? 1 + inner : 2 + inner;
    }
  }
}

function headIntersectionMember(m: TsType): number {
  if (m.kind !== "union") return headType(m, "alias-member");
  if (!isHuggedUnion(m)) {
    head.stop = true;
    return 1;
  }
  const inner = headMembers(m.members, 0);
  return head.stop ? 1 + inner : 2 + inner;
}

/** An intersection's members from `from` on, broken: ` &` and a line between two non-objects. */
function headIntersection(members: readonly TsType[], from: number): number {
  let w = 0;
  for (let i = from; i < members.length; i++) {
    if (i > from) {
      if (members[i - 1].kind !== "object" && members[i].kind !== "object") {
        head.stop = true;
        return w + 2;
      }
      w += 3;
    }
    w += headIntersectionMember(members[i]);
    if (head.stop) return w;
  }
  return w;
}

/** Hugged union members from `from` on, joined by ` | `. */
function headMembers(members: readonly TsType[], from: number): number {
  let w = 0;
  for (let i = from; i < members.length; i++) {
    w += (i > from ? 3 : 0) + headType(members[i], "alias-member");
    if (head.stop) return w;
  }
  return w;
}

/** Whether the type's doc holds a line at all (prettier's canBreak, for assignment layouts). */
export function typeCanBreak(type: TsType): boolean {
  switch (type.kind) {
    case "keyword":
    case "literal":
      return false;
    case "ref":
      if (!type.args?.length) return false;
      return isHuggedTypeArgument(type.args) ? typeCanBreak(type.args[0]) : true;
    case "array":
      if (type.element.kind === "union") return isHuggedUnion(type.element) ? type.element.members.some(typeCanBreak) : true;
      return typeCanBreak(type.element);
    case "tuple":
      return type.elements.length > 0;
    case "union":
      return isHuggedUnion(type) ? type.members.some(typeCanBreak) : true;
    case "object":
      return type.members.length > 0;
    case "intersection":
      return type.members.some(
        (m, i) => (m.kind === "union" && !isHuggedUnion(m)) || typeCanBreak(m) || (i > 0 && m.kind !== "object" && type.members[i - 1].kind !== "object"),
      );
  }
}

// ------------------------------------------------------------------ printing

/** Prints a type in a broken context (its own groups still decide), `rest` columns must follow it. */
export function printType(type: TsType, ctx: TypeContext, ind: string, rest: number): void {
  switch (type.kind) {
    case "keyword":
      text(type.name);
      return;
    case "literal":
      text(literalText(type.value));
      return;
    case "ref":
      text(type.name);
      if (type.args?.length) printTypeArgs(type.args, ind, rest);
      return;
    case "array": {
      const el = type.element;
      if (el.kind === "union") {
        printParenthesizedUnion(el.members, ind, rest, ")[]");
        return;
      }
      if (el.kind === "intersection") {
        text("(");
        printIntersection(el.members, ind, rest + 3);
        text(")[]");
        return;
      }
      printType(el, "array", ind, rest + 2);
      text("[]");
      return;
    }
    case "tuple":
      if (type.readonly) text("readonly ");
      if (type.elements.length === 0) text("[]");
      else if (measureList(type.elements, "type-arg", room(rest) - 2, 2) >= 0) text("[" + flatList(type.elements, "type-arg", ", ") + "]");
      else printBrokenList("[", type.elements, ",]", ind);
      return;
    case "union": {
      if (isHuggedUnion(type)) {
        printHuggedMembers(type.members, ind, rest);
        return;
      }
      if (ctx !== "property" && ctx !== "alias") {
        printUnionGroup(type.members, ind, rest);
        return;
      }
      // group(indent([softline or line, union group])).
      const lead = ctx === "alias" ? 1 : 0;
      if (measureList(type.members, "alias-member", room(rest) - lead, 3) >= 0) {
        text((lead ? " " : "") + flatList(type.members, "alias-member", " | "));
        return;
      }
      const inner = ind + "  ";
      newline(inner);
      printUnionGroup(type.members, inner, rest);
      return;
    }
    case "object":
      printObjectType(type.members, ind);
      return;
    case "intersection":
      if (ctx === "alias-member") {
        text("(");
        printIntersection(type.members, ind, rest + 1);
        text(")");
      } else printIntersection(type.members, ind, rest);
      return;
  }
}

/** Whether the type's doc holds a forced break (prettier's willBreak): an object type with members. */
function typeForced(type: TsType): boolean {
  switch (type.kind) {
    case "keyword":
    case "literal":
      return false;
    case "ref":
      return type.args?.some(typeForced) ?? false;
    case "array":
      return typeForced(type.element);
    case "tuple":
      return type.elements.some(typeForced);
    case "union":
    case "intersection":
      return type.members.some(typeForced);
    case "object":
      return type.members.length > 0;
  }
}

/**
 * prettier's printIntersectionType: one group; broken, two non-objects go to the next line
 * (` &`, indented), an object meets its neighbour on the same line (` & `).
 */
function printIntersection(members: readonly TsType[], ind: string, rest: number): void {
  if (measureIntersection(members, room(rest)) >= 0) {
    text(flatIntersection(members));
    return;
  }
  let wasIndented = false;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    const after = afterIntersectionMember(members, i, rest);
    if (i === 0) {
      printIntersectionMember(m, ind, after);
      continue;
    }
    const previousIsObject = members[i - 1].kind === "object";
    const isObject = m.kind === "object";
    if (previousIsObject && isObject) {
      text(" & ");
      printIntersectionMember(m, wasIndented ? ind + "  " : ind, after);
    } else if (!previousIsObject && !isObject) {
      text(" &");
      newline(ind + "  ");
      printIntersectionMember(m, ind + "  ", after);
    } else {
      if (i > 1) wasIndented = true;
      text(" & ");
      printIntersectionMember(m, i > 1 ? ind + "  " : ind, after);
    }
  }
}

/** What follows member `i` of a broken intersection on its line: the separators and heads up to the next line break. */
function afterIntersectionMember(members: readonly TsType[], i: number, rest: number): number {
  let w = 0;
  for (let j = i + 1; j < members.length; j++) {
    if (members[j - 1].kind !== "object" && members[j].kind !== "object") return w + 2;
    w += 3 + headIntersectionMember(members[j]);
    if (head.stop) return w;
  }
  return w + rest;
}

function printIntersectionMember(m: TsType, ind: string, rest: number): void {
  if (m.kind !== "union") {
    printType(m, "alias-member", ind, rest);
    return;
  }
  printParenthesizedUnion(m.members, ind, rest, ")");
}

/** `(A | B)` then `close`'s remaining text (`)` or `)[]`): flat when it fits, else one member per line. */
function printParenthesizedUnion(members: readonly TsType[], ind: string, rest: number, close: ")" | ")[]"): void {
  const after = rest + close.length;
  text("(");
  if (isHuggedUnion({ members })) printHuggedMembers(members, ind, after);
  else if (measureList(members, "alias-member", room(after), 3) >= 0) text(flatList(members, "alias-member", " | "));
  else printUnionOnOwnLines(members, ind);
  text(close);
}

function printTypeArgs(args: readonly TsType[], ind: string, rest: number): void {
  if (isHuggedTypeArgument(args)) {
    text("<");
    printType(args[0], "type-arg", ind, rest + 1);
    text(">");
    return;
  }
  if (measureList(args, "type-arg", room(rest) - 2, 2) >= 0) text("<" + flatList(args, "type-arg", ", ") + ">");
  else printBrokenList("<", args, ">", ind);
}

/** `open`, one type per line each followed by `,`, then `close` (`,]`: a trailing comma only). */
function printBrokenList(open: string, types: readonly TsType[], close: string, ind: string): void {
  const inner = ind + "  ";
  const trailingComma = close.length === 2;
  text(open);
  for (let i = 0; i < types.length; i++) {
    newline(inner);
    const last = i === types.length - 1;
    const t = types[i];
    const after = last && !trailingComma ? 0 : 1;
    if (trailingComma && types.length > 1 && t.kind === "union" && !isHuggedUnion(t)) printTupleUnion(t.members, inner, after);
    else printType(t, "type-arg", inner, after);
    if (!last || trailingComma) text(",");
  }
  newline(ind);
  text(trailingComma ? close.slice(1) : close);
}

/** A union element of a tuple of several: parenthesized on lines of its own when broken. */
function printTupleUnion(members: readonly TsType[], ind: string, rest: number): void {
  if (measureList(members, "alias-member", room(rest), 3) >= 0) {
    text(flatList(members, "alias-member", " | "));
    return;
  }
  text("(");
  printUnionOnOwnLines(members, ind);
  text(")");
}

/** A broken union between brackets: the union group on lines of its own, indented. */
function printUnionOnOwnLines(members: readonly TsType[], ind: string): void {
  const inner = ind + "  ";
  newline(inner);
  printUnionGroup(members, inner, 0);
  newline(ind);
}

/** The union group: `A | B` flat, else `| A` one member per line. */
function printUnionGroup(members: readonly TsType[], ind: string, rest: number): void {
  if (measureList(members, "alias-member", room(rest), 3) >= 0) {
    text(flatList(members, "alias-member", " | "));
    return;
  }
  const aligned = ind + "  ";
  for (let i = 0; i < members.length; i++) {
    if (i > 0) newline(ind);
    text("| ");
    printType(members[i], "alias-member", aligned, i === members.length - 1 ? rest : 0);
  }
}

function printHuggedMembers(members: readonly TsType[], ind: string, rest: number): void {
  for (let i = 0; i < members.length; i++) {
    if (i > 0) text(" | ");
    let after = rest;
    if (i < members.length - 1) {
      after = 3 + headMembers(members, i + 1);
      if (!head.stop) after += rest;
    }
    printType(members[i], "alias-member", ind, after);
  }
}

function printObjectType(members: readonly TsMember[], ind: string): void {
  if (members.length === 0) {
    text("{}");
    return;
  }
  printLines("{", members, ";", "}", ind, printMemberLine);
}

/** A member of a broken object type or interface body: a `;` follows it. */
export function printMemberLine(m: TsMember, ind: string): void {
  printMember(m, ind, 1);
}

/** A member with its JSDoc block; `rest`: the `;` after it. */
function printMember(m: TsMember, ind: string, rest: number): void {
  if (m.doc && m.doc.length > 0) textLinesThenBreak(jsDocLines(m.doc), ind);
  switch (m.kind) {
    case "property": {
      const prefix = (m.readonly ? "readonly " : "") + propertyKey(m.name) + (m.optional ? "?: " : ": ");
      printPrefixedType(prefix, m.type, ind, rest);
      return;
    }
    case "index": {
      const key = m.key + ": string";
      const flatKey = "[" + key + "]: ";
      const b = room(rest) - stringWidth(flatKey);
      if (measureType(m.type, "property", b) >= 0) {
        text(flatKey + flatType(m.type, "property"));
        return;
      }
      text("[");
      let after = 3 + headType(m.type, "property");
      if (!head.stop) after += rest;
      if (room(after) - stringWidth(key) >= 0) text(key);
      else {
        newline(ind + "  ");
        text(key);
        newline(ind);
      }
      text("]: ");
      printType(m.type, "property", ind, rest);
      return;
    }
    case "method": {
      const key = methodKey(m.name);
      const b = measureParams(m.params, room(rest) - stringWidth(key));
      if (b >= 0 && measureType(m.returns, "property", b - 2) >= 0) {
        text(key + flatParams(m.params) + ": " + flatType(m.returns, "property"));
        return;
      }
      text(key);
      printSignatureBroken(m.params, m.returns, ind, rest, true);
      return;
    }
  }
}

/** group([prefix, type]), in property context unless told. */
export function printPrefixedType(prefix: string, type: TsType, ind: string, rest: number, ctx: TypeContext = "property"): void {
  if (measureType(type, ctx, room(rest) - stringWidth(prefix)) >= 0) text(prefix + flatType(type, ctx));
  else {
    text(prefix);
    printType(type, ctx, ind, rest);
  }
}

// ------------------------------------------------------------------ parameters

function paramPrefix(p: TsParam): string {
  return p.name + (p.optional ? "?: " : ": ");
}

/** `budget` minus the flat width of `(a: A, b?: B)`. */
export function measureParams(params: readonly TsParam[], budget: number): number {
  let b = budget - 2;
  for (let i = 0; i < params.length && b >= 0; i++) {
    const p = params[i];
    if (i > 0) b -= 2;
    if (p.type) b = measureType(p.type, "property", b - stringWidth(paramPrefix(p)));
    else b -= stringWidth(p.name);
  }
  return b;
}

export function flatParams(params: readonly TsParam[]): string {
  let s = "(";
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (i > 0) s += ", ";
    s += p.type ? paramPrefix(p) + flatType(p.type, "property") : p.name;
  }
  return s + ")";
}

/**
 * `(params): returns` once the signature's group is broken (prettier's printFunctionParameters
 * and shouldGroupFunctionParameters): a lone parameter before an object (or otherwise
 * breaking) return type is a group of its own; else the parameters go one per line.
 * (prettier hugs a lone object-typed parameter: TsParam cannot be one.) `groupedReturn`: `: returns` is a group (methods).
 */
export function printSignatureBroken(params: readonly TsParam[], returns: TsType | undefined, ind: string, rest: number, groupedReturn: boolean): void {
  const only = params.length === 1 ? params[0] : undefined;
  if (only && returns && (returns.kind === "object" || typeForced(returns))) {
    let after = 2 + headType(returns, "property");
    if (!head.stop) after += rest;
    if (measureParams(params, room(after)) >= 0) text(flatParams(params));
    else printBrokenParams(params, ind);
  } else printBrokenParams(params, ind);
  if (!returns) return;
  if (groupedReturn) printPrefixedType(": ", returns, ind, rest);
  else {
    text(": ");
    printType(returns, "property", ind, rest);
  }
}

/** The parameters of a broken signature: one per line, each followed by `,`. */
function printBrokenParams(params: readonly TsParam[], ind: string): void {
  if (params.length === 0) {
    text("()");
    return;
  }
  printLines("(", params, ",", ")", ind, printParamLine);
}

function printParamLine(p: TsParam, ind: string): void {
  if (p.type) {
    text(paramPrefix(p));
    printType(p.type, "property", ind, 1);
  } else text(p.name);
}
