// The types module of one service (`src/types/<service>.d.ts`): its definitions, then per
// endpoint the request and response types of every version that changed them. Enum value
// lists are values: declared there, held by `src/types/<service>.js` (only for services
// that have any; the others are type-only modules).
import type { Endpoint, RequestShape, ResponseShape, SchemaNode, Version } from "../schema/model.js";
import { compareVersions } from "../schema/versions.js";
import { enumValues, type ServicePlan, type ShapeBase, type ShapePlan, type VersionPlan } from "./plan.js";
import { e, t, type Expr, type Statement, type TsType } from "./printer.js";
import { objectMembers, propertyMembers, schemaDoc, schemaType, type RefNamer } from "./schema-types.js";
import { endpointDoc, findBatchItem, generatedHeader } from "./shared.js";

export function emitTypesModule(sp: ServicePlan): Statement[] {
  const refName = definitionNamer(sp);
  const out: Statement[] = [generatedHeader(sp.service), { kind: "blank" }];
  for (const dp of sp.definitions) {
    const schema = dp.definition.schema;
    out.push(declaration(dp.typeName, schema, refName, schemaDoc(schema), dp.nullable));
    const values = enumValues(schema);
    if (dp.valuesName && values) {
      out.push({
        kind: "declare-const",
        name: dp.valuesName,
        type: t.readonlyTuple(values.map((v) => t.lit(v))),
        doc: [`Every value of {@link ${dp.typeName}}.`],
      });
    }
    out.push({ kind: "blank" });
  }
  for (const ep of sp.endpoints) {
    for (const vp of ep.versions) {
      if (vp.request.declare) out.push(requestDeclaration(sp, ep.endpoint, vp, vp.request, refName), { kind: "blank" });
      if (vp.response.declare) out.push(responseDeclaration(vp, vp.response, refName), { kind: "blank" });
    }
    for (const alias of [ep.requestAlias, ep.responseAlias]) {
      if (!alias) continue;
      out.push(
        { kind: "type", name: alias.name, type: t.ref(alias.target), doc: [`The latest version: {@link ${alias.target}}.`] },
        { kind: "blank" },
      );
    }
  }
  return out;
}

/** `src/types/<service>.js`: the enum value lists, or undefined when the service has none. */
export function emitTypesJsModule(sp: ServicePlan): Statement[] | undefined {
  if (!hasTypeValues(sp)) return undefined;
  const out: Statement[] = [generatedHeader(sp.service), { kind: "blank" }];
  for (const dp of sp.definitions) {
    // A values name is claimed only for a definition that has enum values (plan.ts).
    const values = dp.valuesName ? enumValues(dp.definition.schema) : undefined;
    if (!dp.valuesName || !values) continue;
    const items: Expr[] = values.map((v) => (typeof v === "string" ? e.str(v) : e.num(v)));
    out.push({ kind: "const", name: dp.valuesName, value: e.array(items) }, { kind: "blank" });
  }
  return out;
}

/** True when the service's types module has values (enum value lists), so a .js beside its .d.ts. */
export function hasTypeValues(sp: ServicePlan): boolean {
  return sp.definitions.some((d) => d.valuesName !== undefined);
}

export function definitionNamer(sp: ServicePlan): RefNamer {
  const names = new Map(sp.definitions.map((d) => [d.definition.name, d.typeName]));
  return (name) => names.get(name);
}

/** `nullable`: a response-side declaration, whose optional properties admit null (nullable.ts). */
function declaration(name: string, schema: SchemaNode, refName: RefNamer, doc: string[], nullable: boolean, base?: ShapeBase): Statement {
  if (schema.kind === "object") {
    // The base holds the first properties and the same index signature (plan.ts): only the appended ones are declared here.
    if (base) return { kind: "interface", name, extends: [t.ref(base.name)], members: propertyMembers(schema.properties.slice(base.inherited), refName, nullable), doc };
    const members = objectMembers(schema, refName, nullable);
    if (members) return { kind: "interface", name, members, doc };
  }
  return { kind: "type", name, type: schemaType(schema, refName, nullable), doc };
}

function requestDeclaration(
  sp: ServicePlan,
  endpoint: Endpoint,
  vp: VersionPlan,
  shape: ShapePlan<RequestShape>,
  refName: RefNamer,
): Statement {
  const doc = [`Request of \`${vp.ev.endpoint}\`.`, ...endpointDoc(endpoint, vp)];
  const r = shape.shape;
  if (r.kind === "schema") return declaration(shape.name, r.schema, refName, doc, false, shape.base);
  const item = findBatchItem(sp, r);
  const itemType: TsType = item ? t.ref(item.request.name) : r.item ? schemaType(r.item, refName) : t.kw("unknown");
  return {
    kind: "type",
    name: shape.name,
    type: t.array(itemType),
    doc: [...doc, "", batchDoc(`${sp.service.name}.${r.action}`, r.version, item?.ev.version ?? r.itemVersion)],
  };
}

/** Which version the lines are, and why when it is not the one the batch names. */
function batchDoc(action: string, named: Version, item: Version | undefined): string {
  const line = `A batch: each item is a \`${action}\` ${(item ?? named).text} request, sent as one JSON line`;
  if (!item || item.text === named.text) return `${line}.`;
  if (compareVersions(item, named) > 0) return `${line} (the batch names ${named.text}, before its first version).`;
  return `${line} (its highest version <= the ${named.text} the batch names).`;
}

function responseDeclaration(vp: VersionPlan, shape: ShapePlan<ResponseShape>, refName: RefNamer): Statement {
  const doc = [`Response of \`${vp.ev.endpoint}\` (the envelope's \`data\`).`, `@since ${shape.since.text}`];
  const r = shape.shape;
  if (r.kind === "text") return { kind: "type", name: shape.name, type: t.kw("string"), doc: [...doc, "", "The server answers with a file; this is its text."] };
  return declaration(shape.name, r.schema, refName, doc, true, shape.base);
}
