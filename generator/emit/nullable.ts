// Nulls in responses. The ClearML server sends `null` for fields it has no value for (the
// ClearML Python SDK widens every optional field for this reason), so response types
// never promise more: an optional property of a response, or of a definition a response
// reaches, is `T | null` in the types, `z.optional(z.nullable(...))` in the validators and
// `[T, "null"]` in the OpenAPI document. Request bodies stay as written: a caller need not
// send nulls (and the runtime removes them before the request check, as the server does).
// A definition used by requests and responses alike is widened, so a request may carry
// null there too, which the server accepts anyway. One answer, computed from the whole
// model, for every emitter: the types, validators and document agree.
import type { ApiModel, Definition, SchemaNode } from "../schema/model.js";
import { refGraph } from "../schema/graph.js";

const reachedByModel = new WeakMap<ApiModel, ReadonlySet<Definition>>();

/** The definitions any response (of any endpoint version) reaches through `$ref`s, directly or not. */
export function responseDefinitions(model: ApiModel): ReadonlySet<Definition> {
  let reached = reachedByModel.get(model);
  if (reached) return reached;
  const roots: SchemaNode[] = [];
  for (const s of model.services) for (const e of s.endpoints) for (const v of e.versions) if (v.response.kind === "schema") roots.push(v.response.schema);
  reachedByModel.set(model, (reached = refGraph(model).reachableFrom(roots)));
  return reached;
}

/** Whether a schema admits null already (so widening it would add nothing): `null`, any value, or a union with such a variant. */
export function admitsNull(node: SchemaNode): boolean {
  switch (node.kind) {
    case "null":
    case "any":
      return true;
    case "union":
      return node.base === undefined && node.variants.some(admitsNull);
    case "ref":
      // An unknown target is `unknown`, which admits null.
      return node.target === undefined;
    default:
      return false;
  }
}
