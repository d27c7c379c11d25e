// The normalized model (IR) of an API: services -> endpoints -> endpoint versions, with
// every schema resolved into a graph of SchemaNodes. Built once by `loadApi` from a schema
// folder; emitters read only this, never HOCON. Every node keeps its source location.
import type { Location } from "../../hocon/diagnostics.js";
import type { JsonValue } from "../../hocon/types.js";

/** An API or endpoint version, e.g. 2.13. Compare with `compareVersions` (2.9 < 2.10). */
export interface Version {
  readonly major: number;
  readonly minor: number;
  /** Canonical text, `${major}.${minor}`, e.g. "2.13". */
  readonly text: string;
}

export interface ApiModel {
  /** The schema folder it was loaded from. */
  readonly root: string;
  /** Sorted by name. */
  readonly services: readonly Service[];
  /** The highest endpoint version anywhere in the folder: the API's maximum. */
  readonly maxVersion: Version;
  /** Every distinct endpoint version in the folder, ascending: the API versions at which anything changes. */
  readonly changeVersions: readonly Version[];
}

export interface Service {
  /** File name without `.conf`, e.g. "tasks". */
  readonly name: string;
  readonly description?: string;
  readonly file: string;
  readonly location: Location;
  /** `_definitions`, in source order. Keyed by definition name. */
  readonly definitions: ReadonlyMap<string, Definition>;
  /** Sorted by action name. */
  readonly endpoints: readonly Endpoint[];
}

export interface Definition {
  readonly service: string;
  readonly name: string;
  readonly schema: SchemaNode;
  readonly location: Location;
  /** True when the definition reaches itself through `$ref`s (directly or via others). */
  readonly recursive: boolean;
}

export interface Endpoint {
  readonly service: string;
  readonly action: string;
  /** `${service}.${action}` */
  readonly name: string;
  readonly internal: boolean;
  readonly authorize: boolean;
  /** `["*"]` means every role. */
  readonly allowRoles: readonly string[];
  readonly location: Location;
  /** Ascending by version. */
  readonly versions: readonly EndpointVersion[];
}

export interface EndpointVersion {
  /** `${service}.${action}` of the owning endpoint. */
  readonly endpoint: string;
  readonly version: Version;
  readonly description?: string;
  readonly location: Location;
  readonly request: RequestShape;
  readonly response: ResponseShape;
}

export type RequestShape =
  /** An ordinary JSON request body. */
  | { readonly kind: "schema"; readonly schema: SchemaNode }
  /** A json-lines body whose lines are requests of `action` (same service) at `version`. */
  | {
      readonly kind: "batch";
      readonly action: string;
      readonly version: Version;
      /**
       * The request schema of the batched endpoint's version a line is (`batchItemVersion`:
       * the highest <= `version`, else the first), when that endpoint exists.
       */
      readonly item?: SchemaNode;
      /** That version of the batched endpoint. */
      readonly itemVersion?: Version;
      readonly location: Location;
    };

export type ResponseShape =
  | { readonly kind: "schema"; readonly schema: SchemaNode }
  /** The server answers with a file (`response { type: string }`), not JSON. */
  | { readonly kind: "text"; readonly location: Location };

/** Keywords every schema node may carry. */
export interface SchemaCommon {
  readonly location: Location;
  readonly description?: string;
  readonly title?: string;
  /** Present only when the schema has a `default`. */
  readonly default?: JsonValue;
  readonly deprecated?: boolean;
  readonly examples?: readonly JsonValue[];
}

export type SchemaNode =
  | ObjectSchema
  | ArraySchema
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | RefSchema
  | UnionSchema
  | AnySchema;

export interface Property {
  readonly name: string;
  readonly schema: SchemaNode;
  readonly required: boolean;
  /** Where the property's key is written. */
  readonly location: Location;
}

export interface ObjectSchema extends SchemaCommon {
  readonly kind: "object";
  /** In source order. */
  readonly properties: readonly Property[];
  /**
   * `false`: no other keys allowed; a schema: other keys must match it; `true`: any other
   * keys explicitly allowed; `undefined`: the schema does not say (JSON Schema: allowed).
   */
  readonly additionalProperties: boolean | SchemaNode | undefined;
  readonly patternProperties?: readonly { readonly pattern: string; readonly schema: SchemaNode }[];
  readonly minProperties?: number;
  readonly maxProperties?: number;
}

export interface ArraySchema extends SchemaCommon {
  readonly kind: "array";
  /** `undefined`: items of any type. */
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}

export interface StringSchema extends SchemaCommon {
  readonly kind: "string";
  readonly enum?: readonly string[];
  readonly const?: string;
  /** e.g. "date-time", "uri"; kept as written. */
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** A number as written in a schema: a bigint when a JS number would round it (hocon/types.ts). */
export type SchemaNumber = number | bigint;

export interface NumberSchema extends SchemaCommon {
  readonly kind: "number" | "integer";
  readonly enum?: readonly SchemaNumber[];
  readonly const?: SchemaNumber;
  readonly minimum?: SchemaNumber;
  readonly maximum?: SchemaNumber;
  readonly exclusiveMinimum?: SchemaNumber;
  readonly exclusiveMaximum?: SchemaNumber;
  readonly multipleOf?: SchemaNumber;
}

export interface BooleanSchema extends SchemaCommon {
  readonly kind: "boolean";
  readonly const?: boolean;
}

export interface NullSchema extends SchemaCommon {
  readonly kind: "null";
}

/** A `$ref` to a definition of the same service. Kept as a reference (never inlined), so cycles are safe. */
export interface RefSchema extends SchemaCommon {
  readonly kind: "ref";
  readonly service: string;
  readonly name: string;
  /** The referenced definition, resolved; undefined only if lint reported it missing. */
  readonly target?: Definition;
  /**
   * Object keywords written beside the `$ref` (`properties`, `required`, ...), as in
   * `user { "$ref": ..., properties { created {...} } }`: what the author added to the
   * definition, and what the server sends. The server's validator (fastjsonschema, draft 7
   * and earlier) ignores them, so responses are typed and checked as `target ∩ base`,
   * requests are checked as the `$ref` alone (see zod.ts). Absent when none are written.
   */
  readonly base?: ObjectSchema;
}

/** `anyOf` / `oneOf`, and `type: [a, b]` (as anyOf of the single-type schemas). */
export interface UnionSchema extends SchemaCommon {
  readonly kind: "union";
  readonly mode: "anyOf" | "oneOf";
  readonly variants: readonly SchemaNode[];
  /**
   * The object keywords written beside anyOf/oneOf (`type: object`, `properties`,
   * `required`, `additionalProperties`, `patternProperties`, `min/maxProperties`), which
   * every variant must also satisfy: JSON Schema applies sibling keywords to the same
   * value, so the union means `base ∩ (variant₁ ∪ variant₂ ...)`. Absent when none are
   * written (and always for `type: [a, b]`). Annotations (description, default, ...) stay
   * on the union itself, never on the base.
   */
  readonly base?: ObjectSchema;
}

/** No `type`: any JSON value. */
export interface AnySchema extends SchemaCommon {
  readonly kind: "any";
}
