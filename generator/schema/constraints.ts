// What a schema's validation keywords (pattern, lengths, bounds, multipleOf, item and key
// counts, additionalProperties: false) demand of a value. The zod emitter turns them into
// checks; the planner asks which definitions need a stricter request-side validator.
import type { NumberSchema, SchemaNode, SchemaNumber, StringSchema } from "./model.js";

const compiledPatterns = new Map<string, RegExp | null>();

/** The pattern as a generated validator compiles it (`u` flag), or null when it is not a valid JS regex. */
export function compilePattern(pattern: string): RegExp | null {
  let re = compiledPatterns.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, "u");
    } catch {
      re = null;
    }
    compiledPatterns.set(pattern, re);
  }
  return re;
}

/**
 * minLength/maxLength as one regex. JSON Schema counts code points, zod's .min/.max count
 * UTF-16 units: with the `u` flag, `[\s\S]` matches a whole code point (a surrogate pair,
 * or a lone surrogate, is one).
 */
export function lengthPattern(min = 0, max?: number): string | undefined {
  if (min === 0 && max === undefined) return undefined;
  return `^[\\s\\S]{${min},${max ?? ""}}$`;
}

export function stringMeets(value: string, node: StringSchema): boolean {
  const length = lengthPattern(node.minLength, node.maxLength);
  if (length && !new RegExp(length, "u").test(value)) return false;
  const re = node.pattern === undefined ? null : compilePattern(node.pattern);
  return !re || re.test(value);
}

export function numberMeets(value: SchemaNumber, node: NumberSchema): boolean {
  if (node.minimum !== undefined && value < node.minimum) return false;
  if (node.maximum !== undefined && value > node.maximum) return false;
  if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum) return false;
  if (node.exclusiveMaximum !== undefined && value >= node.exclusiveMaximum) return false;
  return node.multipleOf === undefined || node.multipleOf <= 0 || isMultipleOf(value, node.multipleOf);
}

/** Exact when both are integers (a bigint may be either side); a fraction compares as a JS number. */
function isMultipleOf(value: SchemaNumber, step: SchemaNumber): boolean {
  if (typeof value === "number" && typeof step === "number") return Number.isInteger(value / step);
  const exact = (n: SchemaNumber): bigint | undefined => (typeof n === "bigint" ? n : Number.isInteger(n) ? BigInt(n) : undefined);
  const v = exact(value);
  const s = exact(step);
  if (v !== undefined && s !== undefined) return s !== 0n && v % s === 0n;
  return Number.isInteger(Number(value) / Number(step));
}

/**
 * True when a node's own keywords check more than its type: a request validator enforces
 * them, a response validator does not (see plan.ts `<Name>Strict`). Keywords a validator
 * cannot enforce (an invalid pattern, multipleOf 0) do not count.
 */
export function checksMoreThanType(n: SchemaNode): boolean {
  switch (n.kind) {
    case "object":
      return n.additionalProperties === false || (n.minProperties !== undefined && n.minProperties > 0) || n.maxProperties !== undefined;
    case "array":
      return (n.minItems !== undefined && n.minItems > 0) || n.maxItems !== undefined || Boolean(n.uniqueItems);
    case "string":
      return (
        lengthPattern(n.minLength, n.maxLength) !== undefined ||
        (n.pattern !== undefined && compilePattern(n.pattern) !== null) ||
        (n.enum ?? []).some((v) => !stringMeets(v, n)) ||
        (n.const !== undefined && !stringMeets(n.const, n))
      );
    case "number":
    case "integer":
      return (
        n.minimum !== undefined ||
        n.exclusiveMinimum !== undefined ||
        n.maximum !== undefined ||
        n.exclusiveMaximum !== undefined ||
        (n.multipleOf !== undefined && n.multipleOf > 0)
      );
    default:
      return false;
  }
}
