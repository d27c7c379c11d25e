// Every difference between our zod validators and JSON Schema (ajv on the pyhocon ground
// truth), with its reason. The differential test fails on any difference not listed here,
// and on any entry here that no longer occurs, so the list stays true. `policy` entries
// are deliberate choices documented in the generator; `bug` entries are emitter/model
// defects found by this test (reported, not fixed here: remove the entry with the fix).
import type { Disagreement, KnownDisagreement } from "./support/disagreements.js";

const rejectedByAjvOnly = (d: Disagreement): boolean => !d.ajv && d.zod;

// Keywords beside `$ref` are checked on responses as ajv checks them (RefSchema.base: the
// server sends what they describe); requests are checked by the `$ref` alone, as the
// server's validator does, and no request in the corpus has any.
export const KNOWN_DISAGREEMENTS: readonly KnownDisagreement[] = [
  {
    id: "policy: responses keep unknown keys",
    reason:
      "generator/emit/zod.ts: responses accept unknown keys (z.looseObject, z.object for empty objects) because " +
      "servers add fields; JSON Schema rejects them where the response says additionalProperties: false.",
    matches: (d) => d.side === "response" && d.kind === "extra-key-forbidden" && !d.besideRef && rejectedByAjvOnly(d),
  },
  {
    id: "policy: formats are plain strings",
    reason:
      "generator/emit/zod.ts: formats (date-time, email, ...) are annotations for the server (jsonschema without a " +
      "FormatChecker; jsonmodels reads times leniently), so our validators check plain strings; ajv-formats checks them.",
    matches: (d) => d.kind === "format-miss" && rejectedByAjvOnly(d),
  },
  {
    id: "policy: responses admit null in optional properties",
    reason:
      "generator/emit/nullable.ts: the server sends null for unset fields (the ClearML SDK widens every optional " +
      "field for it), so an optional property of a response, or of a definition a response reaches, admits null " +
      "(z.optional(z.nullable(...)), `T | null`, `[T, \"null\"]` in our OpenAPI); the ground truth's JSON Schema does not.",
    matches: (d) => d.side === "response" && d.kind === "null" && d.optionalProperty === true && rejectedByAjvOnly(d),
  },
];

/**
 * Source mistakes the ground truth has and ajv cannot compile: non-schema values under
 * `properties`, removed before validation (our model drops them too, lint error
 * schema/not-a-schema: serving.conf:426 puts the `description` string of `total` inside
 * its `properties`).
 */
export const KNOWN_NON_SCHEMAS: readonly string[] = [
  "serving:get_endpoint_metrics_history@2.31/response/properties/total/properties/description",
];
