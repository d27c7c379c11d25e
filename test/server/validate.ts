// Checks a request body against the endpoint version's request schema from the model,
// so the server rejects what the schemas forbid: 400/11 for a missing required field,
// 400/12 for anything else. Reports the first problem, with its path in the body.
import type { JsonValue } from "../../hocon/types.js";
import type { SchemaNode } from "../../generator/schema/model.js";

export interface ValidationProblem {
  /** 11 missing_required_fields, 12 validation_error. */
  readonly subcode: 11 | 12;
  readonly msg: string;
}

// Refs may be recursive; real request bodies are never this deep.
const MAX_DEPTH = 64;

export function validateValue(value: JsonValue, schema: SchemaNode): ValidationProblem | undefined {
  return check(value, schema, "", 0);
}

function check(value: JsonValue, schema: SchemaNode, path: string, depth: number): ValidationProblem | undefined {
  if (depth > MAX_DEPTH) return invalid(path, "is nested too deeply");
  switch (schema.kind) {
    case "any":
      return undefined;
    case "ref":
      return schema.target ? check(value, schema.target.schema, path, depth + 1) : undefined;
    case "union": {
      for (const variant of schema.variants) if (!check(value, variant, path, depth + 1)) return undefined;
      return invalid(path, "matches none of the allowed shapes");
    }
    case "null":
      return value === null ? undefined : invalid(path, "must be null");
    case "boolean":
      if (typeof value !== "boolean") return invalid(path, "must be a boolean");
      return schema.const !== undefined && value !== schema.const ? invalid(path, `must be ${schema.const}`) : undefined;
    case "number":
    case "integer":
      return checkNumber(value, schema, path);
    case "string":
      return checkString(value, schema, path);
    case "array":
      return checkArray(value, schema, path, depth);
    case "object":
      return checkObject(value, schema, path, depth);
  }
}

function checkNumber(value: JsonValue, schema: Extract<SchemaNode, { kind: "number" | "integer" }>, path: string) {
  if (typeof value !== "number") return invalid(path, `must be ${schema.kind === "integer" ? "an integer" : "a number"}`);
  if (schema.kind === "integer" && !Number.isInteger(value)) return invalid(path, "must be an integer");
  if (schema.enum && !schema.enum.includes(value)) return invalid(path, `must be one of ${schema.enum.join(", ")}`);
  if (schema.minimum !== undefined && value < schema.minimum) return invalid(path, `must be at least ${schema.minimum}`);
  if (schema.maximum !== undefined && value > schema.maximum) return invalid(path, `must be at most ${schema.maximum}`);
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    return invalid(path, `must be greater than ${schema.exclusiveMinimum}`);
  }
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
    return invalid(path, `must be less than ${schema.exclusiveMaximum}`);
  }
  return undefined;
}

const patternCache = new Map<string, RegExp | null>();

function compiled(pattern: string): RegExp | null {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, "u");
    } catch {
      re = null; // a bad pattern is the schema lint's finding, not the caller's fault
    }
    patternCache.set(pattern, re);
  }
  return re;
}

function checkString(value: JsonValue, schema: Extract<SchemaNode, { kind: "string" }>, path: string) {
  if (typeof value !== "string") return invalid(path, "must be a string");
  if (schema.enum && !schema.enum.includes(value)) return invalid(path, `must be one of ${schema.enum.join(", ")}`);
  if (schema.const !== undefined && value !== schema.const) return invalid(path, `must be ${JSON.stringify(schema.const)}`);
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    return invalid(path, `must be at least ${schema.minLength} characters long`);
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    return invalid(path, `must be at most ${schema.maxLength} characters long`);
  }
  const re = schema.pattern === undefined ? null : compiled(schema.pattern);
  if (re && !re.test(value)) return invalid(path, `must match ${schema.pattern}`);
  return undefined;
}

function checkArray(value: JsonValue, schema: Extract<SchemaNode, { kind: "array" }>, path: string, depth: number) {
  if (!Array.isArray(value)) return invalid(path, "must be an array");
  if (schema.minItems !== undefined && value.length < schema.minItems) return invalid(path, `must have at least ${schema.minItems} items`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems) return invalid(path, `must have at most ${schema.maxItems} items`);
  if (schema.uniqueItems) {
    const seen = new Set<string>();
    for (const item of value) {
      const key = JSON.stringify(item);
      if (seen.has(key)) return invalid(path, "must not repeat items");
      seen.add(key);
    }
  }
  if (schema.items) {
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i], schema.items, `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

function checkObject(value: JsonValue, schema: Extract<SchemaNode, { kind: "object" }>, path: string, depth: number) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return invalid(path, "must be an object");
  const missing = schema.properties.filter((p) => p.required && value[p.name] === undefined).map((p) => join(path, p.name));
  if (missing.length > 0) return { subcode: 11, msg: `Validation error: missing required fields: ${missing.join(", ")}` } as const;
  const declared = new Map(schema.properties.map((p) => [p.name, p.schema]));
  for (const [key, member] of Object.entries(value)) {
    const propertySchema = declared.get(key);
    if (propertySchema) {
      const problem = check(member, propertySchema, join(path, key), depth + 1);
      if (problem) return problem;
    } else if (schema.additionalProperties === false) {
      return invalid(join(path, key), "is not an allowed field");
    } else if (typeof schema.additionalProperties === "object") {
      const problem = check(member, schema.additionalProperties, join(path, key), depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function invalid(path: string, what: string): ValidationProblem {
  return { subcode: 12, msg: `Validation error: ${path === "" ? "request body" : path} ${what}` };
}
