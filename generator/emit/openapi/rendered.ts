// The document as codegen writes it, JSON and YAML, put together from text: each service's
// paths and components are rendered on their own, at the indentation they have in the
// document, so a watch can keep a service's text while the service and its part's key
// (document.ts) stay the same, and render again only what changed. The text is what
// renderOpenApiJson and renderOpenApiYaml write for emitOpenApi's document, byte for byte:
// JSON.stringify writes no raw newline inside a string, so a value's text at a deeper
// level is its text with every newline indented.
import { jsonText } from "../../../hocon/json-text.js";
import type { ApiModel, Service } from "../../schema/model.js";
import { planDocument } from "./document.js";
import { compareKeys } from "./schemas.js";
import type { JsonValue, OpenApiOptions } from "./types.js";
import { renderYamlMember } from "./yaml.js";

/** One member of `paths` or `components.schemas`, rendered. */
interface Member {
  readonly name: string;
  readonly json: string;
  readonly yaml: string;
}

/** A service's part of the document, rendered, with the key it was rendered for. */
export interface RenderedPart {
  readonly key: string;
  readonly paths: readonly Member[];
  readonly components: readonly Member[];
}

/** Rendered parts by the Service they were rendered from. */
export type RenderedParts = Pick<WeakMap<Service, RenderedPart>, "get" | "set">;

export function renderOpenApi(model: ApiModel, options: OpenApiOptions, reuse?: RenderedParts): { json: string; yaml: string } {
  const plan = planDocument(model, options);
  const paths: Member[] = [];
  const components: Member[] = [];
  for (const { service, key, part } of plan.services) {
    let rendered = reuse?.get(service);
    if (rendered?.key !== key) {
      const made = part();
      // `paths` members sit at level 2 (`"/x": ...` inside paths), schemas members at level 3.
      rendered = { key, paths: made.paths.map(([path, item]) => member(path, item, 2)), components: made.components.map(([k, schema]) => member(k, schema, 3)) };
      reuse?.set(service, rendered);
    }
    paths.push(...rendered.paths);
    components.push(...rendered.components);
  }
  paths.sort((a, b) => compareKeys(a.name, b.name));
  components.sort((a, b) => compareKeys(a.name, b.name));
  const schemas = [...Object.entries(plan.envelope).map(([k, schema]) => member(k, schema, 3)), ...components];

  // One join each: the documents are large, and every nested join would copy them again.
  const json = [
    "{\n",
    ...Object.entries(plan.head).map(([k, value]) => jsonMember(k, jsonAt(value, 1), 1) + ",\n"),
    ...jsonObjectMember("paths", paths.map((m) => m.json), 1),
    ",\n",
    jsonMember("components", "{\n", 1),
    ...jsonObjectMember("schemas", schemas.map((m) => m.json), 2),
    ",\n",
    jsonMember("responses", jsonAt(plan.responses, 2), 2),
    ",\n",
    jsonMember("securitySchemes", jsonAt(plan.securitySchemes, 2), 2),
    "\n  }\n}\n",
  ].join("");
  const yaml = [
    ...Object.entries(plan.head).map(([k, value]) => renderYamlMember(k, value, "")),
    ...(paths.length > 0 ? ["paths:", ...paths.map((m) => m.yaml)] : [renderYamlMember("paths", {}, "")]),
    "components:",
    "  schemas:",
    ...schemas.map((m) => m.yaml),
    renderYamlMember("responses", plan.responses, "  "),
    renderYamlMember("securitySchemes", plan.securitySchemes, "  "),
    "",
  ].join("\n");
  return { json, yaml };
}

function member(name: string, value: JsonValue, level: number): Member {
  return { name, json: jsonMember(name, jsonAt(value, level), level), yaml: renderYamlMember(name, value, "  ".repeat(level - 1)) };
}

/** A value's JSON text where it starts on a line indented `level` times. */
function jsonAt(value: JsonValue, level: number): string {
  return jsonText(value, 2).replaceAll("\n", "\n" + "  ".repeat(level));
}

function jsonMember(name: string, text: string, level: number): string {
  return `${"  ".repeat(level)}${JSON.stringify(name)}: ${text}`;
}

/** A member holding an object whose members are already rendered at `level + 1`, as pieces to join. */
function jsonObjectMember(name: string, members: readonly string[], level: number): string[] {
  if (members.length === 0) return [jsonMember(name, "{}", level)];
  const pieces = [jsonMember(name, "{\n", level)];
  members.forEach((m, i) => (i === 0 ? pieces.push(m) : pieces.push(",\n", m)));
  pieces.push(`\n${"  ".repeat(level)}}`);
  return pieces;
}
