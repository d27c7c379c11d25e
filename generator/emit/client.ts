// The client: per service an endpoints module (`src/endpoints/<service>.ts`) with an
// EndpointInfo per endpoint version, a tree-shakable function per endpoint and one client
// interface per version at which the service changes; and `src/client.ts` with the
// client interface per API version, the `ApiVersions` map and `createClient`.
//
// Typing stays cheap for tsc: every endpoint version's method is declared once, in its own
// small interface, and each service interface just extends the methods alive at its
// version. (Extending the previous version's interface through `Omit<...>` made tsc
// resolve a chain of mapped types per version: ~10x the check time of the whole client.)
import type { Version } from "../schema/model.js";
import type { EmitPlan, EndpointPlan, ServicePlan, VersionPlan } from "./plan.js";
import { e, t, type Statement, type TsMember } from "./printer.js";
import { endpointDoc, generatedHeader } from "./shared.js";
import { requestValidatorName } from "./zod.js";

const RUNTIME = "../runtime/index.js";

export function emitEndpointsModule(sp: ServicePlan): Statement[] {
  const out: Statement[] = [
    generatedHeader(sp.service),
    { kind: "import", typeOnly: true, names: ["CallOptions", "EndpointInfo", "Transport"], from: RUNTIME },
    { kind: "import", names: ["callEndpoint"], from: "../runtime/client-core.js" },
    { kind: "import", typeOnly: true, namespace: "T", from: `../types/${sp.module}.js` },
    { kind: "import", namespace: "V", from: `../zod/${sp.module}.js` },
    { kind: "blank" },
  ];
  for (const ep of sp.endpoints) {
    for (const vp of ep.versions) out.push(endpointInfo(sp, ep, vp), { kind: "blank" });
    out.push(
      { kind: "const", name: ep.versionsName, value: e.asConst(e.array(ep.versions.map((v) => e.id(v.infoName)))) },
      { kind: "blank" },
      endpointFunction(ep),
      { kind: "blank" },
    );
  }
  for (const ep of sp.endpoints) {
    for (const vp of ep.versions) {
      out.push(
        { kind: "interface", name: vp.methodName, members: [clientMethod(ep, vp)], doc: [`\`${ep.endpoint.name}\` ${vp.ev.version.text} as a client method.`] },
        { kind: "blank" },
      );
    }
  }
  // The version of each endpoint in force at the API version being declared: one pass over ascending versions.
  const current = new Map<string, VersionPlan>();
  for (const api of sp.apis) {
    for (const ep of api.changed) current.set(ep.endpoint.action, versionOf(ep, api.version));
    const methods = [...current.keys()].sort().map((action) => t.ref(current.get(action)!.methodName));
    out.push(
      { kind: "interface", name: api.name, extends: methods, members: [], doc: [`\`${sp.service.name}\` as of API version ${api.version.text}.`] },
      { kind: "blank" },
    );
  }
  const latest = sp.apis[sp.apis.length - 1];
  if (latest) {
    out.push({ kind: "type", name: sp.apiName, type: t.ref(latest.name), doc: [`\`${sp.service.name}\` at the latest API version.`] });
  }
  return out;
}

function versionOf(ep: EndpointPlan, v: Version): VersionPlan {
  return ep.versions.find((x) => x.ev.version.text === v.text)!;
}

function endpointInfo(sp: ServicePlan, ep: EndpointPlan, vp: VersionPlan): Statement {
  const props: { key: string; value: ReturnType<typeof e.id> }[] = [
    { key: "name", value: e.str(ep.endpoint.name) },
    { key: "version", value: e.str(vp.ev.version.text) },
    { key: "authorize", value: e.bool(ep.endpoint.authorize) },
  ];
  if (vp.request.shape.kind === "batch") props.push({ key: "batch", value: e.bool(true) });
  if (vp.response.shape.kind === "text") props.push({ key: "textResponse", value: e.bool(true) });
  const request = requestValidatorName(sp, vp);
  if (request) props.push({ key: "request", value: e.id(`V.${request}`) });
  if (vp.response.shape.kind === "schema") props.push({ key: "response", value: e.id(`V.${vp.response.name}`) });
  return { kind: "const", name: vp.infoName, type: t.ref("EndpointInfo"), value: e.object(props) };
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
    kind: "function",
    name: ep.fnName,
    params: [
      { name: "transport", type: t.ref("Transport") },
      { name: "body", optional: bodyOptional(last), type: t.ref(`T.${names.request}`) },
      { name: "options", optional: true, type: t.ref("CallOptions") },
    ],
    returns: t.ref("Promise", [t.ref(`T.${names.response}`)]),
    body: e.call("callEndpoint", e.id("transport"), e.id(ep.versionsName), e.id("body"), e.id("options")),
    doc: [
      `Calls \`${ep.endpoint.name}\` at the transport's API version (its highest version <= that one).`,
      "Typed with the latest version; pin a version with `createClient({ apiVersion })` for exact types.",
      ...endpointDoc(ep.endpoint, last),
    ],
  };
}

function clientMethod(ep: EndpointPlan, vp: VersionPlan): TsMember {
  return {
    kind: "method",
    name: ep.endpoint.action,
    params: [
      { name: "body", optional: bodyOptional(vp), type: t.ref(`T.${vp.request.name}`) },
      { name: "options", optional: true, type: t.ref("CallOptions") },
    ],
    returns: t.ref("Promise", [t.ref(`T.${vp.response.name}`)]),
    doc: [`\`${ep.endpoint.name}\` ${vp.ev.version.text}`, ...endpointDoc(ep.endpoint, vp)],
  };
}

/** The local name client.ts gives a service's endpoints module. */
export function serviceNamespace(sp: ServicePlan): string {
  return "svc_" + sp.module.replace(/[^A-Za-z0-9_]/g, "_");
}

export function emitClientModule(plan: EmitPlan): Statement[] {
  const out: Statement[] = [
    { kind: "comment", text: "Generated by hocon-api-codegen. Do not edit." },
    { kind: "import", names: ["clientFactory", "type ClientFactory", "type VersionedClient"], from: "./runtime/client-core.js" },
  ];
  for (const sp of plan.services) {
    if (sp.apis.length > 0) out.push({ kind: "import", namespace: serviceNamespace(sp), from: `./endpoints/${sp.module}.js` });
  }
  out.push({ kind: "blank" });
  for (const client of plan.clients) {
    const members: TsMember[] = [];
    for (const sp of plan.services) {
      const api = [...sp.apis].reverse().find((a) => compare(a.version, client.version) <= 0);
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
      kind: "const",
      name: "services",
      value: e.object(
        plan.services
          .filter((sp) => sp.endpoints.length > 0)
          .map((sp) => ({
            key: sp.service.name,
            value: e.object(sp.endpoints.map((ep) => ({ key: ep.endpoint.action, value: e.id(`${serviceNamespace(sp)}.${ep.versionsName}`) }))),
          })),
      ),
      doc: ["Every endpoint's versions, by service and action: what `createClient` dispatches on."],
    },
    { kind: "blank" },
    {
      kind: "const",
      name: "createClient",
      type: t.ref("ClientFactory", [t.ref("ApiVersions"), t.ref("LatestApiVersion")]),
      value: e.call("clientFactory", e.id("services")),
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

function compare(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor;
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
