// Validation keywords (lengths, ranges, pattern, items, enum, ...): which way each moved.
// A stricter request rejects calls that used to pass; a looser response lets through
// values the clients' validators reject.
import type { Location } from "../../hocon/diagnostics.js";
import { jsonText } from "../../hocon/json-text.js";
import type { JsonValue } from "../../hocon/types.js";
import type { SchemaNode } from "../schema/model.js";
import type { ChangeSink } from "./finding.js";
import type { Side } from "./side.js";

/** lower: a higher value is stricter; upper: a lower one is; exact: any new or changed value is. */
type Direction = "lower" | "upper" | "exact";

const KEYWORDS: readonly (readonly [string, Direction])[] = [
  ["minLength", "lower"],
  ["maxLength", "upper"],
  ["pattern", "exact"],
  ["format", "exact"],
  ["minimum", "lower"],
  ["maximum", "upper"],
  ["exclusiveMinimum", "lower"],
  ["exclusiveMaximum", "upper"],
  ["multipleOf", "exact"],
  ["const", "exact"],
  ["minItems", "lower"],
  ["maxItems", "upper"],
  ["minProperties", "lower"],
  ["maxProperties", "upper"],
];

type Keyworded = Record<string, unknown>;

function show(v: unknown): string {
  return v === undefined ? "none" : jsonText(v as JsonValue);
}

/** +1: `b` is stricter than `a`; -1: looser; 0: the same. */
function movement(a: unknown, b: unknown, direction: Direction): number {
  if (a === b) return 0;
  if (b === undefined) return -1;
  if (a === undefined) return 1;
  if (direction === "exact") return 1;
  const stricter = direction === "lower" ? (b as number) > (a as number) : (b as number) < (a as number);
  return stricter ? 1 : -1;
}

export function compareConstraints(a: SchemaNode, b: SchemaNode, path: string, side: Side, emit: ChangeSink): void {
  const ka = a as unknown as Keyworded;
  const kb = b as unknown as Keyworded;
  for (const [key, direction] of KEYWORDS) {
    const move = movement(ka[key], kb[key], direction);
    if (move !== 0) emitMove(move, `\`${key}\` ${show(ka[key])} -> ${show(kb[key])}`, a.location, b.location, path, side, emit);
  }
  if (a.kind === "array" && b.kind === "array" && (a.uniqueItems === true) !== (b.uniqueItems === true)) {
    emitMove(b.uniqueItems === true ? 1 : -1, `\`uniqueItems\` ${a.uniqueItems === true} -> ${b.uniqueItems === true}`, a.location, b.location, path, side, emit);
  }
  compareEnums(ka.enum as readonly JsonValue[] | undefined, kb.enum as readonly JsonValue[] | undefined, a.location, b.location, path, side, emit);
}

function emitMove(move: number, what: string, base: Location, head: Location, path: string, side: Side, emit: ChangeSink): void {
  const rule =
    side === "request"
      ? move > 0 ? "request-constraint-tightened" : "request-constraint-loosened"
      : move > 0 ? "response-constraint-tightened" : "response-constraint-loosened";
  emit({ rule, path, message: `${side} ${move > 0 ? "constraint tightened" : "constraint loosened"}: ${what}`, head, base });
}

function compareEnums(a: readonly JsonValue[] | undefined, b: readonly JsonValue[] | undefined, base: Location, head: Location, path: string, side: Side, emit: ChangeSink): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined || b === undefined) {
    // An enum introduced limits the values; one dropped lets any value of the type through.
    if (b !== undefined) emitMove(1, `now limited to ${b.map(show).join(", ")}`, base, head, path, side, emit);
    else if (side === "request") emitMove(-1, `no longer limited to ${a!.map(show).join(", ")}`, base, head, path, side, emit);
    else emit({ rule: "response-enum-value-added", path, message: `response enum dropped: any value may arrive, not only ${a!.map(show).join(", ")}`, head, base });
    return;
  }
  const inA = new Set(a.map(show));
  const inB = new Set(b.map(show));
  const removed = [...inA].filter((v) => !inB.has(v));
  const added = [...inB].filter((v) => !inA.has(v));
  if (removed.length > 0) {
    const rule = side === "request" ? "request-enum-value-removed" : "response-enum-value-removed";
    emit({ rule, path, message: `${side} enum lost ${plural(removed, "value")} ${removed.join(", ")}`, head, base });
  }
  if (added.length > 0) {
    const rule = side === "request" ? "request-enum-value-added" : "response-enum-value-added";
    emit({ rule, path, message: `${side} enum gained ${plural(added, "value")} ${added.join(", ")}`, head, base });
  }
}

function plural(items: readonly unknown[], noun: string): string {
  return items.length === 1 ? noun : `${noun}s`;
}
