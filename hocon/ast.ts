// The parsed form of one file: values with locations, object members in source order,
// substitutions and concatenations not yet resolved.
import type { Location } from "./diagnostics.js";
import type { PathSegment } from "./path-expr.js";
import type { JsonPrimitive } from "./types.js";

export type Node = ScalarNode | ObjectNode | ArrayNode | SubstNode | ConcatNode;

export interface ScalarNode {
  readonly kind: "scalar";
  readonly value: JsonPrimitive;
  /** The text as written, used when the value is part of a string concatenation. */
  readonly text: string;
  readonly loc: Location;
  /** Whitespace between the parts of a concatenation. */
  readonly space: boolean;
  /** Written in quotes: never read as `true`/`false`/`null`. */
  readonly quoted: boolean;
}

export interface ObjectNode {
  readonly kind: "object";
  readonly items: (FieldNode | IncludeNode)[];
  readonly loc: Location;
}

export interface FieldNode {
  readonly kind: "field";
  readonly path: PathSegment[];
  /** `+=`: append to the array the field had before. */
  readonly append: boolean;
  readonly value: Node;
}

/** An include, already parsed: its members splice in where the include was written. */
export interface IncludeNode {
  readonly kind: "include";
  readonly body: ObjectNode;
}

export interface ArrayNode {
  readonly kind: "array";
  readonly items: Node[];
  readonly loc: Location;
}

export interface SubstNode {
  readonly kind: "subst";
  readonly path: string[];
  readonly optional: boolean;
  /** The substitution as written, for messages. */
  readonly text: string;
  readonly loc: Location;
}

export interface ConcatNode {
  readonly kind: "concat";
  /** Two or more parts; whitespace between them is kept as `space` scalars. */
  readonly parts: Node[];
  readonly loc: Location;
}
