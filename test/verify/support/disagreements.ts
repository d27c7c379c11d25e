// What the differential test compares and how a difference between our zod validator and
// the reference (ajv on the pyhocon ground truth) is described and explained.
import type { MutationKind, PathSegment } from "./mutations.js";

export type Side = "request" | "response";

export interface Disagreement {
  readonly side: Side;
  /** `service.action` */
  readonly endpoint: string;
  readonly version: string;
  /** `generated`: an instance json-schema-faker made from the schema, unchanged. */
  readonly kind: MutationKind | "generated";
  readonly path: readonly PathSegment[];
  readonly besideRef: boolean;
  /** The place is a declared property that is not required. */
  readonly optionalProperty?: boolean;
  readonly ajv: boolean;
  readonly zod: boolean;
}

export interface KnownDisagreement {
  readonly id: string;
  /** Why our validator deliberately differs from JSON Schema here, and where that is documented. */
  readonly reason: string;
  readonly matches: (d: Disagreement) => boolean;
}

export function describeDisagreement(d: Disagreement): string {
  const where = d.path.length === 0 ? "(root)" : d.path.map(String).join(".");
  return (
    `${d.endpoint} ${d.version} ${d.side}: ${d.kind} at ${where}${d.besideRef ? " (beside $ref)" : ""}: ` +
    `ajv ${d.ajv ? "accepts" : "rejects"}, zod ${d.zod ? "accepts" : "rejects"}`
  );
}
