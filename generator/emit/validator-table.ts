// `validators`, the zod entry's opt-in for the client (`createClient({ validate: validators })`):
// every endpoint version's request and response validators by endpoint name and version, and
// the runtime's checks beside them. Endpoint infos name no validator, so a program that
// never imports `<package>/zod` bundles neither zod nor the validators nor the checks.
import type { EmitPlan, EndpointPlan, ServicePlan, VersionPlan } from "./plan.js";
import { e, t, type Expr, type ObjectProp, type Statement } from "./printer.js";
import { batchItemVersions, findBatchItem, moduleNamespace } from "./shared.js";

const VALIDATORS_NAME = "validators";
const VALIDATION_MODULE = "../runtime/validation.js";

/** The local name `src/zod/index.js` gives a service's validators module. */
function validatorsNamespace(sp: ServicePlan): string {
  return moduleNamespace("V_", sp);
}

/** Services whose endpoints have a validator to name. */
function servicesWithTable(plan: EmitPlan): ServicePlan[] {
  return plan.services.filter((sp) => sp.endpoints.some((ep) => ep.versions.some((vp) => endpointValidators(sp, ep, vp).length > 0)));
}

/** The imports `src/zod/index.js` needs for the table. */
export function validatorTableImports(plan: EmitPlan): Statement[] {
  return [
    { kind: "import", names: ["checks"], from: VALIDATION_MODULE },
    ...servicesWithTable(plan).map((sp): Statement => ({ kind: "import", namespace: validatorsNamespace(sp), from: `./${sp.module}.js` })),
  ];
}

/** `export const validators = { check: checks, endpoints: { "users.get_vaults@2.13": {...} } }`: plain data, so bundlers drop it when unused. */
export function validatorTableConst(plan: EmitPlan): Statement {
  const endpoints: ObjectProp[] = [];
  for (const sp of servicesWithTable(plan)) {
    for (const ep of sp.endpoints) {
      for (const vp of ep.versions) {
        const props = endpointValidators(sp, ep, vp);
        if (props.length > 0) endpoints.push({ key: `${ep.endpoint.name}@${vp.ev.version.text}`, value: e.object(props) });
      }
    }
  }
  return {
    kind: "const",
    name: VALIDATORS_NAME,
    value: e.object([
      { key: "check", value: e.id("checks") },
      { key: "endpoints", value: e.object(endpoints) },
    ]),
  };
}

/** The import `src/zod/index.d.ts` needs for the table's type. */
export function validatorTableTypeImports(): Statement[] {
  return [{ kind: "import", typeOnly: true, names: ["Validators"], from: VALIDATION_MODULE }];
}

/** `src/zod/index.d.ts`'s declaration of `validators`. */
export function validatorTableDeclaration(): Statement {
  return {
    kind: "declare-const",
    name: VALIDATORS_NAME,
    type: t.ref("Validators"),
    doc: ["Every endpoint's validators, for the client: `createClient({ ..., validate: validators })`."],
  };
}

function endpointValidators(sp: ServicePlan, ep: EndpointPlan, vp: VersionPlan): ObjectProp[] {
  const ns = validatorsNamespace(sp);
  const props: ObjectProp[] = [];
  const request = requestValidatorName(sp, vp);
  if (request) props.push({ key: "request", value: e.id(`${ns}.${request}`) });
  const items = batchItems(sp, ep, vp, ns);
  if (items) props.push({ key: "items", value: items });
  if (vp.response.shape.kind === "schema") props.push({ key: "response", value: e.id(`${ns}.${vp.response.name}`) });
  return props;
}

/** A batch whose line version a pin caps: the line versions with their validators, for the runtime to pick from. */
function batchItems(sp: ServicePlan, ep: EndpointPlan, vp: VersionPlan, ns: string): Expr | undefined {
  const r = vp.request.shape;
  if (r.kind !== "batch" || !ep.steps.some((st) => st.vp === vp && st.cappedItem)) return undefined;
  const rows = batchItemVersions(sp.endpoints, r).map((item) => {
    const props: ObjectProp[] = [{ key: "version", value: e.str(item.ev.version.text) }];
    if (item.request.shape.kind === "schema") props.push({ key: "request", value: e.id(`${ns}.${item.request.name}`) });
    return e.object(props);
  });
  return e.array(rows);
}

/** The validator a request of this version is checked with (the item validator for batches). */
function requestValidatorName(sp: ServicePlan, vp: ServicePlan["endpoints"][number]["versions"][number]): string | undefined {
  const r = vp.request.shape;
  if (r.kind === "schema") return vp.request.name;
  const item = findBatchItem(sp, r);
  return item && item.request.shape.kind === "schema" ? item.request.name : undefined;
}
