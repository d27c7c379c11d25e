// The client: per service an endpoints module (`src/endpoints/<service>.js` + `.d.ts`)
// with an EndpointInfo per endpoint version, a tree-shakable function per endpoint and one
// client interface per version at which the service changes, re-exporting the service's
// types (it is the service's package entry, `<package>/<service>`); and `src/client.js` +
// `.d.ts` with the client interface per API version, the `ApiVersions` map and `createClient`.
//
// The JavaScript is data and one-line functions, untyped; the declarations carry every
// type and doc, and import neither zod nor the validators: consumers' tsc parses and binds
// them but never checks bodies, and never loads zod's declarations for the client.
//
// Typing stays cheap for tsc: every endpoint version's method is declared once, in its own
// small interface, and each service interface just extends the methods alive at its
// version: extending the previous version's interface through `Omit<...>` would make tsc
// resolve a chain of mapped types per version.
import type { Version } from "../schema/model.js";
import { lastAtOrBefore } from "../schema/versions.js";
import type { EmitPlan, EndpointPlan, MethodStep, ServicePlan, VersionPlan } from "./plan.js";
import { e, t, type Expr, type ParamType, type Statement, type TsMember, type TsParam } from "./printer.js";
import { endpointDoc, GENERATED_HEADER, generatedHeader, moduleNamespace } from "./shared.js";
import { hasTypeValues } from "./types.js";

const RUNTIME = "../runtime/index.js";
const ENDPOINT_INFO = t.ref("EndpointInfo");
/** The local names of the runtime helpers an endpoints module imports. */
const CALL = "$call";
const JSON_LINES = "$jsonLines";
/** A batch endpoint version: its body is an array sent as json-lines. */
const isBatch = (vp: VersionPlan): boolean => vp.request.shape.kind === "batch";
/** The parameters of every endpoint function, in JavaScript. */
const JS_PARAMS: readonly TsParam[] = [{ name: "transport" }, { name: "body" }, { name: "options" }];

/** `src/endpoints/<service>.js`: the EndpointInfo objects, version lists and functions. */
export function emitEndpointsJsModule(sp: ServicePlan): Statement[] {
  // Aliased with a `$`, which no name from the schemas has: an endpoint named call.endpoint
  // gets a function callEndpoint of its own.
  const batch = sp.endpoints.some((ep) => ep.versions.some(isBatch));
  const helpers = [`callEndpoint as ${CALL}`, ...(batch ? [`sendJsonLines as ${JSON_LINES}`] : [])];
  const out: Statement[] = [generatedHeader(sp.service), { kind: "import", names: helpers, from: "../runtime/client-core.js" }];
  // Enum value lists are values: the types module has a .js only when there are some.
  if (hasTypeValues(sp)) out.push({ kind: "export-all", from: `../types/${sp.module}.js` });
  out.push({ kind: "blank" });
  for (const ep of sp.endpoints) {
    for (const vp of ep.versions) out.push({ kind: "const", name: vp.infoName, value: endpointInfo(ep, vp) }, { kind: "blank" });
    out.push(
      { kind: "const", name: ep.versionsName, value: e.array(ep.versions.map((v) => e.id(v.infoName))) },
      { kind: "blank" },
      {
        kind: "function",
        name: ep.fnName,
        params: JS_PARAMS,
        body: e.call(CALL, e.id("transport"), e.id(ep.versionsName), e.id("body"), e.id("options")),
      },
      { kind: "blank" },
    );
  }
  return out;
}

/** `src/endpoints/<service>.d.ts`: what the .js exports, typed and documented, plus the client interfaces. */
export function emitEndpointsDtsModule(sp: ServicePlan): Statement[] {
  const out: Statement[] = [
    generatedHeader(sp.service),
    { kind: "import", typeOnly: true, names: ["CallOptions", "EndpointInfo", "Transport"], from: RUNTIME },
    { kind: "import", typeOnly: true, namespace: "T", from: `../types/${sp.module}.js` },
    { kind: "export-all", typeOnly: !hasTypeValues(sp), from: `../types/${sp.module}.js` },
    { kind: "blank" },
  ];
  for (const ep of sp.endpoints) {
    for (const vp of ep.versions) out.push({ kind: "declare-const", name: vp.infoName, type: ENDPOINT_INFO });
    out.push(
      { kind: "declare-const", name: ep.versionsName, type: t.readonlyTuple(ep.versions.map(() => ENDPOINT_INFO)) },
      { kind: "blank" },
      endpointFunction(ep),
      { kind: "blank" },
    );
  }
  for (const ep of sp.endpoints) {
    for (const vp of ep.versions) {
      out.push(
        // No doc of its own: editors show the method's.
        { kind: "interface", name: vp.methodName, members: [clientMethod(ep, vp)] },
        { kind: "blank" },
      );
    }
  }
  // Endpoints with one version never change once they appear: they accumulate in a chain of
  // base interfaces, so each version's interface lists only the base and the endpoints that
  // have several versions (in force at its version: one pass over ascending versions).
  // A batch whose lines a pin caps to an earlier version gets that method as a member of
  // the version's interface instead of its version's interface (see MethodStep).
  const current = new Map<string, { ep: EndpointPlan; step: MethodStep }>();
  let base: string | undefined;
  for (const api of sp.apis) {
    for (const ep of api.changed) if (ep.steps.length > 1) current.set(ep.endpoint.action, { ep, step: stepOf(ep, api.version) });
    if (api.baseName) {
      const added = api.changed.filter((ep) => ep.steps.length === 1).map((ep) => t.ref(ep.steps[0].vp.methodName));
      out.push(
        {
          kind: "interface",
          name: api.baseName,
          extends: base ? [t.ref(base), ...added] : added,
          members: [],
          doc: [`The endpoints of \`${sp.service.name}\` that have one version, as of API version ${api.version.text}.`],
        },
        { kind: "blank" },
      );
      base = api.baseName;
    }
    const inForce = [...current.keys()].sort().map((action) => current.get(action)!);
    const methods = inForce.filter(({ step }) => !step.cappedItem).map(({ step }) => t.ref(step.vp.methodName));
    const capped = inForce.filter(({ step }) => step.cappedItem).map(({ ep, step }) => clientMethod(ep, step.vp, step.cappedItem));
    out.push(
      {
        kind: "interface",
        name: api.name,
        extends: base ? [t.ref(base), ...methods] : methods,
        members: capped,
        doc: [`\`${sp.service.name}\` as of API version ${api.version.text}.`],
      },
      { kind: "blank" },
    );
  }
  const latest = sp.apis[sp.apis.length - 1];
  if (latest) {
    out.push({ kind: "type", name: sp.apiName, type: t.ref(latest.name), doc: [`\`${sp.service.name}\` at the latest API version.`] });
  }
  return out;
}

function stepOf(ep: EndpointPlan, v: Version): MethodStep {
  return ep.steps.find((x) => x.since.text === v.text)!;
}

/** What the transport needs to call one endpoint version; its validators are in the zod entry's `validators` (validator-table.ts). */
function endpointInfo(ep: EndpointPlan, vp: VersionPlan): Expr {
  const props: { key: string; value: Expr }[] = [
    { key: "name", value: e.str(ep.endpoint.name) },
    { key: "version", value: e.str(vp.ev.version.text) },
    { key: "authorize", value: e.bool(ep.endpoint.authorize) },
  ];
  if (isBatch(vp)) props.push({ key: "batch", value: e.id(JSON_LINES) });
  if (vp.response.shape.kind === "text") props.push({ key: "textResponse", value: e.bool(true) });
  return e.object(props);
}

function latestNames(ep: EndpointPlan): { request: string; response: string } {
  const last = ep.versions[ep.versions.length - 1];
  return { request: ep.requestAlias?.name ?? last.request.name, response: ep.responseAlias?.name ?? last.response.name };
}

/** A request whose every property is optional may be left out. */
function bodyOptional(vp: VersionPlan): boolean {
  const r = vp.request.shape;
  if (r.kind !== "schema") return false;
  const s = r.schema;
  if (s.kind === "object") return s.properties.every((p) => !p.required);
  return s.kind === "any";
}

function endpointFunction(ep: EndpointPlan): Statement {
  const last = ep.versions[ep.versions.length - 1];
  const names = latestNames(ep);
  return {
    kind: "declare-function",
    name: ep.fnName,
    params: [
      { name: "transport", type: t.ref("Transport") },
      { name: "body", optional: bodyOptional(last), type: t.ref(`T.${names.request}`) },
      { name: "options", optional: true, type: t.ref("CallOptions") },
    ],
    returns: t.ref("Promise", [t.ref(`T.${names.response}`)]),
    doc: [
      `Calls \`${ep.endpoint.name}\` (its highest version <= the transport's); typed with its latest version.`,
      ...endpointDoc(ep.endpoint, last),
    ],
  };
}

/** The method of one endpoint version; for a batch capped by the pin, its body is an array of `cappedItem` requests. */
function clientMethod(ep: EndpointPlan, vp: VersionPlan, cappedItem?: VersionPlan): TsMember {
  const body: ParamType = cappedItem ? { kind: "array", element: t.ref(`T.${cappedItem.request.name}`) } : t.ref(`T.${vp.request.name}`);
  const lines = cappedItem ? ["", `Each item is a \`${cappedItem.ev.endpoint}\` ${cappedItem.ev.version.text} request: the version a client pinned here sends.`] : [];
  return {
    kind: "method",
    name: ep.endpoint.action,
    params: [
      { name: "body", optional: bodyOptional(vp), type: body },
      { name: "options", optional: true, type: t.ref("CallOptions") },
    ],
    returns: t.ref("Promise", [t.ref(`T.${vp.response.name}`)]),
    doc: [`\`${ep.endpoint.name}\` ${vp.ev.version.text}`, ...endpointDoc(ep.endpoint, vp), ...lines],
  };
}

/** The local name client.ts gives a service's endpoints module. */
export function serviceNamespace(sp: ServicePlan): string {
  return moduleNamespace("svc_", sp);
}

/** Services with endpoints: the ones `services` (and so `createClient`) dispatch on. */
function servicesWithEndpoints(plan: EmitPlan): ServicePlan[] {
  return plan.services.filter((sp) => sp.endpoints.length > 0);
}

/** `src/client.js`: `services` (the endpoint modules' version lists) and `createClient`. */
export function emitClientJsModule(plan: EmitPlan): Statement[] {
  const services = servicesWithEndpoints(plan);
  const out: Statement[] = [GENERATED_HEADER, { kind: "import", names: ["clientFactory"], from: "./runtime/client-core.js" }];
  for (const sp of services) out.push({ kind: "import", namespace: serviceNamespace(sp), from: `./endpoints/${sp.module}.js` });
  out.push(
    { kind: "blank" },
    {
      kind: "const",
      name: "services",
      value: e.object(
        services.map((sp) => ({
          key: sp.service.name,
          value: e.object(sp.endpoints.map((ep) => ({ key: ep.endpoint.action, value: e.id(`${serviceNamespace(sp)}.${ep.versionsName}`) }))),
        })),
      ),
    },
    { kind: "blank" },
    // Its own table, as version lists (client-core's VersionList): a program that calls three
    // endpoints still carries every one of them, so each costs a few bytes, not an object per version.
    {
      kind: "const",
      name: "createClient",
      value: e.call(
        "clientFactory",
        e.object(
          services.map((sp) => ({
            key: sp.service.name,
            value: e.object(sp.endpoints.map((ep) => ({ key: ep.endpoint.action, value: e.str(versionList(ep)) }))),
          })),
        ),
      ),
    },
  );
  return out;
}

/** "2.1 2.13b", "!2.1": see VersionList in the runtime's client-core.ts. */
function versionList(ep: EndpointPlan): string {
  const versions = ep.versions.map((vp) => {
    const batch = isBatch(vp) ? "b" : "";
    const text = vp.response.shape.kind === "text" ? "t" : "";
    return `${vp.ev.version.text}${batch}${text}`;
  });
  return (ep.endpoint.authorize ? "" : "!") + versions.join(" ");
}

/** `src/client.d.ts`: the client interface per API version, `ApiVersions`, `services` and `createClient`. */
export function emitClientDtsModule(plan: EmitPlan): Statement[] {
  const out: Statement[] = [
    GENERATED_HEADER,
    { kind: "import", typeOnly: true, names: ["ClientFactory", "VersionedClient"], from: "./runtime/client-core.js" },
  ];
  for (const sp of plan.services) {
    if (sp.apis.length > 0) out.push({ kind: "import", typeOnly: true, namespace: serviceNamespace(sp), from: `./endpoints/${sp.module}.js` });
  }
  out.push({ kind: "blank" });
  for (const client of plan.clients) {
    const members: TsMember[] = [];
    for (const sp of plan.services) {
      const api = lastAtOrBefore(sp.apis, (a) => a.version, client.version);
      if (!api) continue;
      members.push({ kind: "property", name: sp.service.name, readonly: true, type: t.ref(`${serviceNamespace(sp)}.${api.name}`) });
    }
    out.push(
      { kind: "interface", name: client.name, members, doc: [`The client at API version ${client.version.text}.`] },
      { kind: "blank" },
    );
  }
  const latest = plan.clients[plan.clients.length - 1];
  if (!latest) {
    out.push({ kind: "type", name: "Client", type: t.ref("Record", [t.kw("string"), t.kw("never")]), doc: ["The API has no endpoints."] });
  } else {
    out.push({ kind: "type", name: "Client", type: t.ref(latest.name), doc: ["The client at the latest API version."] });
  }
  out.push({ kind: "blank" });
  const versionKeys = versionMap(plan);
  out.push(
    {
      kind: "interface",
      name: "ApiVersions",
      members: versionKeys.map(([text, name]) => ({ kind: "property", name: text, type: t.ref(name) })),
      doc: [
        "The client type at each API version: every version with a change, and the versions",
        "between two of them (they behave like the lower one). Other `major.minor` versions are",
        "accepted too and typed as the latest client; at run time they dispatch exactly.",
      ],
    },
    { kind: "blank" },
    { kind: "type", name: "ApiVersion", type: t.ref("keyof ApiVersions") },
    { kind: "blank" },
    { kind: "type", name: "LatestApiVersion", type: t.lit(latest ? latest.version.text : plan.model.maxVersion.text) },
    { kind: "blank" },
    {
      kind: "type",
      name: "ClientAt",
      typeParams: [{ name: "V", constraint: t.kw("string") }],
      type: t.ref("VersionedClient", [t.ref("ApiVersions"), t.ref("LatestApiVersion"), t.ref("V")]),
      doc: ["The client type at API version `V`."],
    },
    { kind: "blank" },
    {
      kind: "declare-const",
      name: "services",
      // The type tsc would infer for the object literal in client.js.
      type: t.object(
        servicesWithEndpoints(plan).map((sp) => ({
          kind: "property",
          name: sp.service.name,
          type: t.object(
            sp.endpoints.map((ep) => ({ kind: "property", name: ep.endpoint.action, type: t.ref(`typeof ${serviceNamespace(sp)}.${ep.versionsName}`) })),
          ),
        })),
      ),
      doc: ["Every endpoint's versions, by service and action: what `createClient` dispatches on."],
    },
    { kind: "blank" },
    {
      kind: "declare-const",
      name: "createClient",
      type: t.ref("ClientFactory", [t.ref("ApiVersions"), t.ref("LatestApiVersion")]),
      doc: [
        "Creates a client. With `apiVersion` pinned, the client has exactly the endpoints, request",
        "and response types of that version; a call runs the endpoint's highest version <= it.",
        "",
        "@example",
        'const client = createClient({ baseUrl: "https://api.example.com", apiVersion: "2.13" });',
      ],
    },
  );
  return out;
}

/** Version text -> client interface name, for change versions and the versions between them. */
function versionMap(plan: EmitPlan): [string, string][] {
  const out: [string, string][] = [];
  plan.clients.forEach((c, i) => {
    out.push([c.version.text, c.name]);
    const next = plan.clients[i + 1];
    if (!next) return;
    const from = next.version.major === c.version.major ? c.version.minor + 1 : 0;
    for (let minor = from; minor < next.version.minor; minor++) out.push([`${next.version.major}.${minor}`, c.name]);
  });
  return out;
}
